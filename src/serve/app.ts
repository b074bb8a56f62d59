// The fastify instance with every part of the service registered: parsers,
// security, routes, the page, errors and the access log.
import http from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAccessLog } from './access-log.js';
import { registerBatch } from './batch.js';
import { registerParsers } from './content.js';
import { ApiError, errorBody, toApiError } from './errors.js';
import { registerInfo } from './info.js';
import type { JobQueue } from './jobs.js';
import type { ServeOptions } from './options.js';
import { registerPage } from './page/index.js';
import { renderReport } from './report-view.js';
import { registerArticleRoutes, registerReportRoute, type RouteContext } from './routes.js';
import { registerSecurity } from './security.js';

export interface AppDeps {
  opts: ServeOptions;
  jobs: JobQueue;
  /** one line on stderr */
  log: (line: string) => void;
  /** set when a signal asked the service to stop */
  lifecycle: { stopping: boolean };
}

export function buildApp({ opts, jobs, log, lifecycle }: AppDeps): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: opts.maxBody,
    // Node's own timers: a body still arriving after the time limit gets a 408
    // and its connection closed (slow senders), idle keep-alives are dropped.
    serverFactory: (handler) =>
      http.createServer(
        {
          requestTimeout: opts.timeout,
          headersTimeout: Math.min(opts.timeout, 10_000),
          keepAliveTimeout: 5_000,
          connectionsCheckingInterval: Math.min(1_000, opts.timeout),
        },
        handler,
      ),
    // Strict: an unknown field is an error, not silently dropped, and "5" is not 5.
    ajv: { customOptions: { allowUnionTypes: true, removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
    // Requests arriving on open connections while stopping get our 503 (below), not fastify's.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    clientErrorHandler: (err, socket) => {
      // A request too broken to reach a route (bad headers, a timed-out body): answered here, once.
      const code = (err as NodeJS.ErrnoException).code;
      const timedOut = code === 'ERR_HTTP_REQUEST_TIMEOUT';
      const api = timedOut ? new ApiError('request_timeout', 'request not received within the time limit') : new ApiError('bad_request', 'malformed HTTP request');
      if (code !== 'ECONNRESET' && code !== 'EPIPE') log(`wenxi serve: ${api.status} ${api.code}: ${api.message}`);
      if (socket.writable && !(socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) {
        const body = JSON.stringify(errorBody(api.code, api.message));
        socket.end(
          `HTTP/1.1 ${api.status} ${http.STATUS_CODES[api.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
            `X-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      } else socket.destroy();
    },
  });

  const ctx: RouteContext = { jobs, dicts: opts.userDicts, timeout: opts.timeout };
  app.addHook('onRequest', async () => {
    if (lifecycle.stopping) throw new ApiError('busy', 'the service is shutting down', { 'Retry-After': '1', Connection: 'close' });
  });
  if (!opts.quiet) registerAccessLog(app, log);
  registerSecurity(app, { token: opts.token, cors: opts.cors });
  registerParsers(app);
  registerArticleRoutes(app, ctx);
  registerReportRoute(app, ctx, renderReport);
  registerBatch(app, ctx, log);
  registerInfo(app, jobs);
  registerPage(app);

  app.setNotFoundHandler(async (req, reply) => {
    const api = new ApiError('not_found', `no route ${req.method} ${req.url.split('?')[0]}`);
    log(`wenxi serve: ${api.status} ${api.code}: ${api.message}`);
    return reply.code(api.status).type('application/json; charset=utf-8').send(errorBody(api.code, api.message));
  });
  app.setErrorHandler(async (e, req, reply) => {
    const api = toApiError(e);
    const where = `${req.method} ${req.url.split('?')[0]}`;
    if (api.code === 'internal') log(`wenxi serve: ${where}: internal error: ${(e as Error).message}`);
    else log(`wenxi serve: ${where}: ${api.status} ${api.code}: ${api.message}`);
    // After an error mid-body the rest of it is not worth reading.
    if (api.status === 413) reply.header('Connection', 'close');
    return reply.code(api.status).headers(api.headers).type('application/json; charset=utf-8').send(errorBody(api.code, api.message));
  });
  return app;
}
