/** The panel's evidence upload: one Add attachment as the person, checked against the Jira contract and the manifest's scopes. */
import { requestJira } from '@forge/bridge';
import { uploadEvidence } from '../../static/issue-panel/src/upload-evidence';
import { checkCall } from '../support/openapi-contract';
import { RECORD_LIMITS } from '../../src/domain/records/record-limit-values';

jest.mock('@forge/bridge', () => ({ requestJira: jest.fn() }));
const request = requestJira as jest.MockedFunction<typeof requestJira>;
const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => request.mockReset());

describe('uploadEvidence', () => {
  it('posts the file as multipart to the item’s attachments with the no-check token, and answers Jira’s id', async () => {
    request.mockResolvedValue(answer(200, [{ id: '10500', filename: 'shot.png' }]));
    const file = new File([new Uint8Array([1, 2, 3])], 'shot.png', { type: 'image/png' });
    expect(await uploadEvidence('10005', file)).toEqual({ ok: true, attachmentId: '10500' });
    const [path, init] = request.mock.calls[0] ?? [];
    expect(checkCall('jira', { method: String(init?.method), path: String(path) })).toMatchObject({ ok: true, scopes: ['write:jira-work'] });
    expect(init?.headers).toMatchObject({ 'X-Atlassian-Token': 'no-check' });
    const body = init?.body as FormData;
    expect((body.get('file') as File).name).toBe('shot.png');
  });

  it('refuses a file over the limit without sending it, and names Jira’s refusal', async () => {
    const big = new File([new Uint8Array(RECORD_LIMITS.evidenceFileBytes + 1)], 'big.mov');
    expect(await uploadEvidence('10005', big)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(request).not.toHaveBeenCalled();
    request.mockResolvedValue(answer(403, { errorMessages: ['You do not have permission to create attachments for this issue.'], errors: {} }));
    expect(await uploadEvidence('10005', new File(['x'], 'a.txt'))).toEqual({
      ok: false,
      reason: 'refused',
      detail: 'You do not have permission to create attachments for this issue.',
    });
    request.mockResolvedValue(answer(413, {}));
    expect(await uploadEvidence('10005', new File(['x'], 'a.txt'))).toEqual({ ok: false, reason: 'tooLarge' });
    request.mockRejectedValue(new Error('offline'));
    expect(await uploadEvidence('10005', new File(['x'], 'a.txt'))).toEqual({ ok: false, reason: 'refused', detail: 'offline' });
  });
});
