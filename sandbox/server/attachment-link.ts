import type { IncomingMessage, ServerResponse } from 'node:http';

const LINK = /^\/secure\/attachment\/([0-9]{1,20})\/[^/?#]*(?:\?.*)?$/;

/**
 * Jira's web link to an attached file (`/secure/attachment/{id}/{filename}`, what the panel's
 * evidence links open), served as Jira does: the file's bytes for the signed-in person, through
 * the stand-in's Get attachment content (which checks they may see the item).
 */
export function attachmentLinkRoute(standInHandle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const match = req.method === 'GET' ? LINK.exec(req.url ?? '') : null;
    if (!match) return false;
    req.url = `/rest/api/3/attachment/content/${match[1]}`;
    return standInHandle(req, res);
  };
}
