import { avatarUrl, initialsOf, siteOrigin } from './avatar';

const SITE = 'https://acme.atlassian.net';

describe('avatar URLs', () => {
  it('are the site URL plus the path Confluence gives', () => {
    expect(avatarUrl(SITE, '/wiki/aa-avatar/5d8f2b6c1e4a7b0012c3d4e5')).toBe('https://acme.atlassian.net/wiki/aa-avatar/5d8f2b6c1e4a7b0012c3d4e5');
    expect(avatarUrl('https://acme.atlassian.net/', '/wiki/aa-avatar/712020:5f0c?size=48')).toBe(
      'https://acme.atlassian.net/wiki/aa-avatar/712020:5f0c?size=48',
    );
    expect(avatarUrl('https://acme.atlassian.net/wiki', '/wiki/images/icons/profilepics/default.svg')).toBe(
      'https://acme.atlassian.net/wiki/images/icons/profilepics/default.svg',
    );
  });

  it('refuse a path that leaves the site or is not a path', () => {
    for (const path of [
      '//evil.example/a.png',
      '/\\evil.example/a.png',
      '\\\\evil.example',
      'https://evil.example/a.png',
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/>',
      'wiki/aa-avatar/x',
      '',
      ' /wiki/x',
      '/wiki/a b',
      '/wiki/\u0000x',
      '/wiki/\nx',
      '/wiki\\..\\x',
      `/${'a'.repeat(2000)}`,
    ])
      expect({ path, url: avatarUrl(SITE, path) }).toEqual({ path, url: undefined });
    expect(avatarUrl(SITE, undefined)).toBeUndefined();
    expect(avatarUrl(SITE, 42)).toBeUndefined();
  });

  it('keep dot segments on the site', () => {
    expect(avatarUrl(SITE, '/wiki/../../x')).toBe('https://acme.atlassian.net/x');
  });

  it('need a site Forge could give: https, or http on the loopback sandbox only', () => {
    expect(siteOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(siteOrigin('http://127.0.0.1:41234')).toBe('http://127.0.0.1:41234');
    for (const site of [
      'http://acme.atlassian.net',
      'javascript:alert(1)',
      'ftp://acme.atlassian.net',
      'https://user:pw@acme.atlassian.net',
      'not a url',
      '',
      undefined,
      null,
    ]) {
      expect({ site, origin: siteOrigin(site) }).toEqual({ site, origin: undefined });
    }
    expect(avatarUrl('http://acme.atlassian.net', '/wiki/aa-avatar/x')).toBeUndefined();
  });
});

describe('initials', () => {
  it('are the first letters of the first and last words', () => {
    expect(initialsOf('Priya PM')).toBe('PP');
    expect(initialsOf('Quinn QA')).toBe('QQ');
    expect(initialsOf('Anna Maria de la Cruz')).toBe('AC');
    expect(initialsOf('madonna')).toBe('M');
    expect(initialsOf('  Émile   zola ')).toBe('ÉZ');
    expect(initialsOf('(Jo) Bloggs')).toBe('JB');
    expect(initialsOf('')).toBe('?');
    expect(initialsOf('— —')).toBe('?');
  });
});
