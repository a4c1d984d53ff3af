import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { visibleStrings } from './support/visible-strings';

const ROOT = join(__dirname, '..', '..');

/**
 * The screens whose words all come from the translation files (locales/). Every screen joins
 * this list as it is translated; #14 is done when it holds all of static/.
 */
const TRANSLATED = ['static/issue-context/src', 'static/rule-config/src', 'static/daci-macro/src'];

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
      console.error('Shipshape failed to load');
      const label = t('context.gates');
      const kind: 'Not words' = 'Not words';
    `);
    expect(found.map((f) => f.text)).toEqual(['Awaiting sign-off', 'Done.', 'Not words']);
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
        </div>
      );`);
    expect(found.map((f) => f.text)).toEqual(['Gates', "'Passes'", "'Blocked'", 'Loading Shipshape…', "'and more'", "'Overdue'", '`${count} checks`']);
  });
});

describe('every translated screen takes its words from the translation files', () => {
  const files = TRANSLATED.flatMap((dir) => tsxFiles(join(ROOT, dir)));

  it('looks at the screens it names', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s has no words of its own', (_name, file) => {
    expect(visibleStrings(readFileSync(file, 'utf8'), file)).toEqual([]);
  });
});
