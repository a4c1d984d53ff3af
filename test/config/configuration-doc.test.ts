import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_RESOLVERS } from '../../src/config/config-resolvers';
import { parseRuleConfig } from '../../src/validator/rule-config';

const doc = readFileSync(resolve(__dirname, '../../docs/configuration.md'), 'utf8');

describe('docs/configuration.md', () => {
  it('lists every configuration resolver', () => {
    for (const name of Object.keys(CONFIG_RESOLVERS)) expect(doc).toContain(`\`${name}\``);
  });

  it("shows a rule configuration the validator accepts, far below Jira's 32 KB cap", () => {
    const block = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    expect(parseRuleConfig(block)).toEqual({ ok: true, value: { gateId: 'definition-of-done', failOpen: false, locale: 'de-DE' } });
    expect(block.length).toBeLessThan(100);
  });
});
