import type { NextFunction, Request, Response } from 'express';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF prevention for /graphql. Every state-changing operation is a POST (Apollo answers 405 to a
 * mutation over GET), and a POST must be `application/json`: a cross-site form or a no-preflight
 * `fetch` can only send text/plain, urlencoded or multipart bodies, and the preflight that JSON needs
 * fails (no CORS is allowed). Credentials travel only in the Authorization header, which another
 * site cannot make a browser send, so a cross-site GET is just an anonymous public read.
 */
export function requireJsonPosts(req: Request, res: Response, next: NextFunction): void {
  if (READ_METHODS.has(req.method)) return next();
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === 'application/json') return next();
  res.status(415).json({
    errors: [
      { message: 'GraphQL requests by POST must be sent as application/json', extensions: { code: 'BAD_USER_INPUT' } },
    ],
  });
}
