import { linkParts } from '../../static/issue-panel/src/safe-text';

describe('linkParts (the panel shows typed text as text, with web addresses as links)', () => {
  it('turns http and https addresses into links and leaves the rest as text', () => {
    expect(linkParts('Staging: https://staging.shop.example (no VPN), docs at http://wiki.example/qa.')).toEqual([
      { text: 'Staging: ' },
      { text: 'https://staging.shop.example', href: 'https://staging.shop.example' },
      { text: ' (no VPN), docs at ' },
      { text: 'http://wiki.example/qa', href: 'http://wiki.example/qa' },
      { text: '.' },
    ]);
  });

  it('never links other schemes, and stops an address at a quote or angle bracket', () => {
    expect(linkParts('javascript:alert(1) data:text/html,<b>x</b>')).toEqual([{ text: 'javascript:alert(1) data:text/html,<b>x</b>' }]);
    expect(linkParts('https://example.com/"><script>x</script>')).toEqual([
      { text: 'https://example.com/', href: 'https://example.com/' },
      { text: '"><script>x</script>' },
    ]);
  });

  it('keeps line breaks and empty text as they are', () => {
    expect(linkParts('a\nb')).toEqual([{ text: 'a\nb' }]);
    expect(linkParts('')).toEqual([]);
  });
});
