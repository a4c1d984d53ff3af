import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import * as index from '../../src/index';
import * as validatorEntry from '../../src/validator-entry';

const ENTRY_FILES: Record<string, unknown> = { index, 'validator-entry': validatorEntry };

const root = resolve(__dirname, '../..');
const manifestPath = resolve(root, 'manifest.yml');
const manifest = parse(readFileSync(manifestPath, 'utf8')) as {
  app: { runtime: { name: string } };
  modules: { function: Array<{ key: string; handler: string }>; 'jira:workflowValidator': Array<{ function: string; projectTypes?: string[] }> };
};

describe('manifest.yml', () => {
  it('passes @forge/manifest FULL validation with no errors', async () => {
    const result = await ProcessorBuilder.instance().withValidation(ValidationTypes.FULL).build().process(manifestPath);
    const errors = (result.errors ?? []).filter((e) => (e.level ?? 'error') === 'error');
    expect(errors.map((e) => `line ${e.line}: ${e.message}`)).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('runs on nodejs22.x', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
  });

  it('points every function at a handler its entry file exports; entry files export nothing else', () => {
    const handlers = manifest.modules.function.map((f) => f.handler);
    const byFile = new Map<string, string[]>();
    for (const handler of handlers) {
      const [file, name] = handler.split('.') as [string, string];
      byFile.set(file, [...(byFile.get(file) ?? []), name]);
    }
    expect([...byFile.keys()].sort()).toEqual(['index', 'validator-entry']);
    for (const [file, names] of byFile) {
      const exported = ENTRY_FILES[file] as Record<string, unknown>;
      for (const name of names) expect({ handler: `${file}.${name}`, type: typeof exported[name] }).toEqual({ handler: `${file}.${name}`, type: 'function' });
      expect(Object.keys(exported).sort()).toEqual([...names].sort());
    }
  });

  it('gives the workflow validator an entry file of its own, so its bundle carries nothing else', () => {
    const validator = manifest.modules.function.find((f) => f.key === manifest.modules['jira:workflowValidator'][0]?.function);
    expect(validator?.handler).toBe('validator-entry.validateTransition');
  });

  it('offers the gate validator to company-managed and team-managed projects, backed by a declared function', () => {
    const [validator] = manifest.modules['jira:workflowValidator'];
    expect(validator?.projectTypes).toEqual(['company-managed', 'team-managed']);
    expect(manifest.modules.function.map((f) => f.key)).toContain(validator?.function);
  });
});
