// Who may call the service and what the browser is allowed to do with it:
// a bearer token (compared in constant time), CORS only when asked for, and
// headers that stop content sniffing and framework banners.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.js';

/** Routes a monitor may call without the token. */
const OPEN_ROUTES = new Set(['/v1/health']);

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Hashing first gives equal lengths, so the comparison leaks neither the token nor its length. */
export function tokenMatches(given: string, expected: Buffer): boolean {
  return timingSafeEqual(digest(given), expected);
}

export function registerSecurity(app: FastifyInstance, opts: { token: string | null; cors: string | null }): void {
  const expected = opts.token ? digest(opts.token) : null;

  app.addHook('onRequest', async (req, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    if (opts.cors) {
      reply.header('Access-Control-Allow-Origin', opts.cors);
      reply.header('Vary', 'Origin');
    }
    if (!expected || req.method === 'OPTIONS') return;
    const path = req.url.split('?')[0]!;
    if (OPEN_ROUTES.has(path)) return;
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!m || !tokenMatches(m[1]!, expected)) {
      reply.header('WWW-Authenticate', 'Bearer');
      throw new ApiError('unauthorized', 'missing or wrong bearer token');
    }
  });

  if (opts.cors) {
    // The preflight a browser sends before a cross-origin POST with a JSON body or a token.
    app.options('/*', async (_req, reply) => {
      reply
        .header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
        .header('Access-Control-Allow-Headers', 'Content-Type, Authorization')
        .header('Access-Control-Max-Age', '600')
        .code(204)
        .send();
    });
  }
}
