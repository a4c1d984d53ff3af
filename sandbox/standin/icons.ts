/**
 * Avatars and icons as `data:` SVG URLs, so the sandbox shows them without network access
 * (real Jira points at gravatar / avatar-management hosts the sandbox cannot reach).
 */
const svgUrl = (svg: string) => `data:image/svg+xml,${encodeURIComponent(svg)}`;

export interface AvatarUrls {
  '48x48': string;
  '24x24': string;
  '16x16': string;
  '32x32': string;
}

function sized(make: (size: number) => string): AvatarUrls {
  return { '48x48': make(48), '24x24': make(24), '16x16': make(16), '32x32': make(32) };
}

/** A round avatar with the person's initials, as Atlassian draws for people without a photo. */
export function initialsAvatar(displayName: string, colour: string): AvatarUrls {
  const initials = displayName
    .split(/\s+/)
    .map((part) => part.charAt(0).toUpperCase())
    .join('')
    .slice(0, 2);
  return sized(
    (size) =>
      `${svgUrl(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 48 48">` +
          `<circle cx="24" cy="24" r="24" fill="${colour}"/>` +
          `<text x="24" y="30" font-family="sans-serif" font-size="18" font-weight="600" fill="#fff" text-anchor="middle">${initials}</text></svg>`,
      )}`,
  );
}

/** A rounded square with a letter: project avatars and work type icons. */
export function squareIcon(letter: string, colour: string, size = 16): string {
  return svgUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 16 16">` +
      `<rect width="16" height="16" rx="3" fill="${colour}"/>` +
      `<text x="8" y="12" font-family="sans-serif" font-size="10" font-weight="700" fill="#fff" text-anchor="middle">${letter}</text></svg>`,
  );
}

export function squareAvatar(letter: string, colour: string): AvatarUrls {
  return sized((size) => squareIcon(letter, colour, size));
}
