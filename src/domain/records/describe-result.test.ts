import { describeResult } from './describe-result';
import type { Verification } from './records-schema';

const base: Verification = { status: 'passed', accountId: 'q', at: '2026-12-01T10:00:00.000Z', text: 'Cards are offered' };

describe('describeResult', () => {
  it('names the status alone for a plain result', () => {
    expect(describeResult(base, 'Cards are offered')).toBe('passed');
  });

  it('names the environment, the evidence, the note and an older wording', () => {
    const v: Verification = {
      ...base,
      status: 'failed',
      note: 'Not offered',
      environment: 'Staging',
      evidence: [
        { kind: 'attachment', id: '10001', filename: 'screenshot.png' },
        { kind: 'link', url: 'https://ci.example.com/run/7' },
      ],
    };
    expect(describeResult(v, 'Saved cards are offered')).toBe(
      'failed (on older text) on Staging with screenshot.png, https://ci.example.com/run/7: Not offered',
    );
  });
});
