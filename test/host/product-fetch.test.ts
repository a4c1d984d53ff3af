/** The sandbox host's requestJira: the bridge's JSON copy of a FormData becomes multipart again, file name and type kept. */
import { formFromBridge } from '../../sandbox/host/product-fetch';

describe('formFromBridge', () => {
  it('rebuilds the file part from its data URL, name and type, and keeps other parts as text', async () => {
    const json = JSON.stringify({
      file: `data:image/png;base64,${Buffer.from([137, 80, 78, 71]).toString('base64')}`,
      __fileName: 'shot.png',
      __fileType: 'image/png',
      comment: 'retest',
    });
    const form = formFromBridge(json);
    const file = form.get('file') as File;
    expect([file.name, file.type, [...new Uint8Array(await file.arrayBuffer())]]).toEqual(['shot.png', 'image/png', [137, 80, 78, 71]]);
    expect(form.get('comment')).toBe('retest');
    expect([...form.keys()]).toEqual(['file', 'comment']);
  });
});
