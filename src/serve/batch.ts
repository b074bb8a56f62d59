// POST /v1/batch: JSON Lines in, NDJSON out, as `--input-format jsonl -f ndjson`
// does on the CLI: results in input order, each written as soon as it and all
// before it are ready, a bad line answered by its error record in place.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { streamedBytes } from './access-log.js';
import { JsonLines } from './content.js';
import { ApiError } from './errors.js';
import { sourceOf, taskOptionsOf, type ArticleBody } from './request.js';
import { clientGone, type RouteContext } from './routes.js';
import { ARTICLE_ROUTES, articleBodySchema, type ArticleRoute } from './schemas.js';

/** Lines analysed ahead of the one being written, per worker. */
const AHEAD_PER_WORKER = 4;

type LineResult = Promise<string>;

function* lines(bytes: Buffer): Generator<{ no: number; text: string }> {
  let from = 0;
  let no = 0;
  while (from < bytes.length) {
    let to = bytes.indexOf(0x0a, from);
    if (to < 0) to = bytes.length;
    no++;
    const text = bytes.toString('utf8', from, to).replace(/\r$/, '');
    from = to + 1;
    if (text.trim()) yield { no, text };
  }
}

const errorRecord = (path: string, e: ApiError) => JSON.stringify({ path, error: { code: e.code, message: e.message } }) + '\n';

export function registerBatch(app: FastifyInstance, ctx: RouteContext, log: (line: string) => void): void {
  app.post('/v1/batch', async (req, reply) => {
    const body = req.body;
    if (!(body instanceof JsonLines))
      throw new ApiError('unsupported_media_type', `/v1/batch takes JSON Lines (Content-Type: application/x-ndjson)`);
    const command = ((req.query ?? {}) as Record<string, unknown>).command ?? 'analyze';
    if (!(ARTICLE_ROUTES as readonly string[]).includes(String(command)))
      throw new ApiError('invalid_input', `command: "${String(command)}" is not one of ${ARTICLE_ROUTES.join(', ')}`);
    const route = command as ArticleRoute;
    const validate = req.compileValidationSchema(articleBodySchema(route));
    const signal = clientGone(req, reply);

    const one = async (no: number, text: string): Promise<string> => {
      const where = `-:${no}`;
      let path = where;
      try {
        let rec: unknown;
        try {
          rec = JSON.parse(text);
        } catch {
          throw new ApiError('invalid_json', 'malformed JSON line');
        }
        if (rec && typeof rec === 'object' && !Array.isArray(rec)) {
          const id = (rec as Record<string, unknown>).id;
          if (typeof id === 'string' || typeof id === 'number') path = String(id);
        }
        if (!validate(rec)) {
          const err = validate.errors?.[0];
          const missing = (err?.params as { missingProperty?: string } | undefined)?.missingProperty;
          // The CLI's words for the CLI's case (--input-format jsonl), so both report a line alike.
          if (missing === 'text' || err?.instancePath === '/text') throw new ApiError('invalid_input', 'no string field "text"');
          if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new ApiError('invalid_input', 'JSON line is not an object');
          throw new ApiError('invalid_input', missing ? `missing field "${missing}"` : `${err?.instancePath || 'line'} ${err?.message ?? 'invalid'}`);
        }
        const line = rec as ArticleBody;
        const source = sourceOf(line);
        const taskOptions = taskOptionsOf(route, line.options ?? {}, ctx.dicts);
        // A line waits for a worker rather than failing busy: the batch keeps only `ahead` lines queued.
        return await ctx.jobs.run({ task: route, taskOptions, source, timeout: ctx.timeout, signal, selfBounded: true });
      } catch (e) {
        const api = e instanceof ApiError ? e : new ApiError('internal', 'internal error');
        log(`wenxi: ${path}: ${api.message}`);
        return errorRecord(path, api);
      }
    };

    const ahead = Math.max(2, ctx.jobs.health().workers * AHEAD_PER_WORKER);
    let out = 0;
    async function* results(): AsyncGenerator<string> {
      const queue: LineResult[] = [];
      for (const { no, text } of lines((body as JsonLines).bytes)) {
        if (signal.aborted) return;
        queue.push(one(no, text));
        if (queue.length >= ahead) yield count(await queue.shift()!);
      }
      while (queue.length) yield count(await queue.shift()!);
    }
    const count = (s: string) => {
      out += Buffer.byteLength(s);
      streamedBytes.set(req as FastifyRequest, out);
      return s;
    };
    return reply.type('application/x-ndjson; charset=utf-8').send(Readable.from(results(), { objectMode: false }));
  });
}
