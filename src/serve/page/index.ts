// GET /: a page to paste an article or drop a file and read its report.
// Script and style are separate files so the page's CSP allows no inline code.
import type { FastifyInstance } from 'fastify';
import { reportHashes } from '../report-view.js';
import { PAGE_CSS, PAGE_HTML, PAGE_JS } from './assets.js';

/**
 * Nothing but this origin's own script, style and API; no framing of the page,
 * no forms posting elsewhere. The report is shown in a sandboxed srcdoc frame,
 * which inherits this policy: so the report's own style and script are allowed
 * by their hashes, and nothing else the report could hold.
 */
export function pageCsp(): string {
  const h = reportHashes();
  return `default-src 'none'; script-src 'self' ${h.script}; style-src 'self' ${h.style}; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

export function registerPage(app: FastifyInstance): void {
  const csp = pageCsp();
  const send = (type: string, body: string) => async (_req: unknown, reply: import('fastify').FastifyReply) =>
    reply.header('Content-Security-Policy', csp).header('Cache-Control', 'no-cache').type(type).send(body);
  app.get('/', send('text/html; charset=utf-8', PAGE_HTML));
  app.get('/assets/page.js', send('text/javascript; charset=utf-8', PAGE_JS));
  app.get('/assets/page.css', send('text/css; charset=utf-8', PAGE_CSS));
  // Browsers ask for it unprompted; no icon is better than a 404 logged as an error.
  app.get('/favicon.ico', async (_req, reply) => reply.code(204).send());
}
