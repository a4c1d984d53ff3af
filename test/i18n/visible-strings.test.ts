import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { visibleStrings } from './support/visible-strings';

const ROOT = join(__dirname, '..', '..');

/** Every screen of static/ (its src/) and the shared UI layer: all their words come from the translation files (locales/). */
const TRANSLATED = readdirSync(join(ROOT, 'static'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => (existsSync(join(ROOT, 'static', entry.name, 'src')) ? `static/${entry.name}/src` : `static/${entry.name}`));

const tsxFiles = (dir: string): string[] =>
  dir.endsWith('.tsx')
    ? [dir]
    : readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? tsxFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
      );

describe('the scanner for words written into a screen', () => {
  it('finds words kept in constants and objects, and leaves code strings alone', () => {
    const found = visibleStrings(`
      import { x } from 'Some Module';
      const LABELS = { none: 'Awaiting sign-off', done: 'Done.' };
      const style = { className: 'Daci text', key: 'Row key' };
      const SEVERITY = { high: 'High', low: 'Low' };
      const APPEARANCE = { high: 'removed', low: 'Default' };
      console.error('Shipshape failed to load');
      const label = t('context.gates');
      const kind: 'Not words' = 'Not words';
    `);
    expect(found.map((f) => f.text)).toEqual(['Awaiting sign-off', 'Done.', 'High', 'Low', 'Not words']);
  });

  it('finds JSX text, literals shown from expressions and the attributes read out', () => {
    const found = visibleStrings(`
      const A = () => (
        <div aria-label="Gates" title={ok ? 'Passes' : 'Blocked'} data-testid="not-shown">
          Loading Shipshape…
          {'and more'}
          {late && 'Overdue'}
          {\`\${count} checks\`}
          <Lozenge label={t('context.passes')}>{t('context.blocked')}</Lozenge>
          {' — '}{7}
          <CharacterCounter overMaximumMessage={\`\${used} / \${limit}\`} underMaximumMessage="Under" />
        </div>
      );
      const counter = \`\${over} over the limit\`;
      const key = \`panel.\${name}.label\`;`);
    expect(found.map((f) => f.text)).toEqual([
      'Gates',
      "'Passes'",
      "'Blocked'",
      'Loading Shipshape…',
      "'and more'",
      "'Overdue'",
      '`${count} checks`',
      'Under',
      '`${over} over the limit`',
    ]);
  });
});

describe('every translated screen takes its words from the translation files', () => {
  const files = TRANSLATED.flatMap((dir) => tsxFiles(join(ROOT, dir)));

  it('looks at every screen and the shared UI layer', () => {
    expect(TRANSLATED).toEqual(
      expect.arrayContaining([
        'static/admin-page/src',
        'static/daci-macro/src',
        'static/issue-context/src',
        'static/issue-panel/src',
        'static/project-settings/src',
        'static/rule-config/src',
        'static/shared',
      ]),
    );
    expect(files.length).toBeGreaterThan(80);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s has no words of its own', (_name, file) => {
    expect(visibleStrings(readFileSync(file, 'utf8'), file)).toEqual([]);
  });
});
