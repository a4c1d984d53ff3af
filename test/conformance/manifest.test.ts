import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import * as entry from '../../src/index';

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

  it('points every function at a handler that src/index.ts exports, and exports nothing else', () => {
    const handlers = manifest.modules.function.map((f) => f.handler);
    for (const handler of handlers) {
      const [file, name] = handler.split('.');
      expect(file).toBe('index');
      expect(typeof (entry as Record<string, unknown>)[name!]).toBe('function');
    }
    expect(Object.keys(entry).sort()).toEqual(handlers.map((h) => h.split('.')[1]).sort());
  });

  it('offers the gate validator to company-managed and team-managed projects, backed by a declared function', () => {
    const [validator] = manifest.modules['jira:workflowValidator'];
    expect(validator?.projectTypes).toEqual(['company-managed', 'team-managed']);
    expect(manifest.modules.function.map((f) => f.key)).toContain(validator?.function);
  });
});
