// The analysis routes: one article in, the CLI's `-f json` object for it out.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { JsonLines, RawArticle } from './content.js';
import { ApiError } from './errors.js';
import type { JobQueue } from './jobs.js';
import { sourceOf, taskOptionsOf, type ArticleBody } from './request.js';
import { ARTICLE_ROUTES, articleBodySchema, coerceQuery, optionsSchema, type ArticleRoute } from './schemas.js';

export interface RouteContext {
  jobs: JobQueue;
  dicts: Map<string, string>;
  /** ms a request may take in all */
  timeout: number;
}

const startedAt = new WeakMap<FastifyRequest, number>();
export const started = (req: FastifyRequest) => startedAt.get(req) ?? performance.now();

/** A signal that fires when the client goes away before its answer is sent. */
export function clientGone(req: FastifyRequest, reply: FastifyReply): AbortSignal {
  const ac = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) ac.abort();
  });
  req.raw.once('aborted', () => ac.abort());
  return ac.signal;
}

/** Options from the query string (for raw bodies) and from a JSON body, checked against the route's schema. */
function requestOptions(req: FastifyRequest, route: ArticleRoute, body: RawArticle | ArticleBody): Record<string, unknown> {
  const fromQuery = coerceQuery(route, (req.query ?? {}) as Record<string, unknown>);
  const merged = { ...fromQuery, ...(body instanceof RawArticle ? {} : (body.options ?? {})) };
  const validate = req.compileValidationSchema(optionsSchema(route));
  if (!validate(merged)) {
    const err = validate.errors?.[0];
    const where = err?.instancePath ? `options${err.instancePath.replace(/\//g, '.')}` : 'options';
    const extra = (err?.params as { additionalProperty?: string } | undefined)?.additionalProperty;
    throw new ApiError('invalid_input', extra ? `${where}: unknown option "${extra}" for ${route}` : `${where} ${err?.message ?? 'invalid'}`);
  }
  return merged;
}

export function registerArticleRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.addHook('onRequest', async (req) => {
    startedAt.set(req, performance.now());
  });
  for (const route of ARTICLE_ROUTES) {
    app.post(`/v1/${route}`, { schema: { body: { content: { 'application/json': { schema: articleBodySchema(route) } } } } }, async (req, reply) => {
      const body = req.body as RawArticle | ArticleBody | JsonLines;
      if (body instanceof JsonLines) throw new ApiError('unsupported_media_type', `JSON Lines go to /v1/batch; /v1/${route} takes one article`);
      if (body === undefined || body === null) throw new ApiError('invalid_input', 'no article in the body');
      const options = taskOptionsOf(route, requestOptions(req, route, body), ctx.dicts);
      const source = sourceOf(body);
      const chunk = await ctx.jobs.run({
        task: route,
        taskOptions: options,
        source,
        timeout: ctx.timeout - (performance.now() - started(req)),
        signal: clientGone(req, reply),
      });
      return reply.type('application/json; charset=utf-8').send(chunk);
    });
  }
}

/** POST /v1/report: the analysis as the page shows it (an HTML fragment). */
export function registerReportRoute(app: FastifyInstance, ctx: RouteContext, render: (chunk: string) => { html: string; csp: string }): void {
  app.post('/v1/report', { schema: { body: { content: { 'application/json': { schema: articleBodySchema('analyze') } } } } }, async (req, reply) => {
    const body = req.body as RawArticle | ArticleBody | JsonLines;
    if (body instanceof JsonLines) throw new ApiError('unsupported_media_type', '/v1/report takes one article');
    const options = taskOptionsOf('analyze', requestOptions(req, 'analyze', body), ctx.dicts);
    // the worker renders the article as `wenxi analyze -f html` does: the
    // report needs the text it analysed (HTML's extracted text, a Traditional original)
    const chunk = await ctx.jobs.run({
      task: 'analyze',
      taskOptions: options,
      source: sourceOf(body),
      timeout: ctx.timeout - (performance.now() - started(req)),
      signal: clientGone(req, reply),
      html: true,
    });
    const page = render(chunk);
    return reply.header('Content-Security-Policy', page.csp).type('text/html; charset=utf-8').send(page.html);
  });
}
