// Request bodies by content type. Fastify enforces the body limit while the
// body streams in (and from Content-Length before reading it); these parsers
// only decide what the bytes mean. Everything not listed here is a 415.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { checkEncodingName } from '../input/decode.js';
import type { SourceText } from '../types.js';
import { ApiError } from './errors.js';

/** A raw article in the body: bytes, how it is written, and the declared charset if any. */
export class RawArticle {
  constructor(
    readonly bytes: Buffer,
    readonly format: SourceText['format'],
    readonly charset: string | null,
  ) {}
}

/** JSON Lines for /v1/batch: the bytes, split into lines by the route. */
export class JsonLines {
  constructor(readonly bytes: Buffer) {}
}

export const ARTICLE_TYPES: Record<string, SourceText['format']> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

export const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines'];

/** The charset parameter of a Content-Type, checked against the decoders wenxi has. */
function charsetOf(contentType: string | undefined): string | null {
  if (!/;\s*charset\s*=/i.test(contentType ?? '')) return null;
  const m = /;\s*charset\s*=\s*(?:"([^";\s]+)"|([^";\s]+))\s*(?:;|$)/i.exec(contentType ?? '');
  if (!m) throw new ApiError('unsupported_media_type', 'malformed charset parameter');
  const name = (m[1] ?? m[2])!;
  if (!checkEncodingName(name)) throw new ApiError('unsupported_media_type', `unsupported charset "${name}"`);
  return name;
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Bytes received, for the access log. */
export const bytesIn = new WeakMap<FastifyRequest, number>();

export function registerParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  // Compressed bodies would reach the decoders as junk; say so instead.
  app.addHook('onRequest', async (req) => {
    const enc = req.headers['content-encoding'];
    if (enc && enc.toLowerCase() !== 'identity')
      throw new ApiError('unsupported_media_type', `Content-Encoding "${enc}" is not read; send the body uncompressed`);
  });

  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body: Buffer, done) => {
    bytesIn.set(req, body.length);
    try {
      const cs = charsetOf(req.headers['content-type']);
      if (cs && !/^utf-?8$/i.test(cs)) throw new ApiError('unsupported_media_type', 'JSON must be UTF-8');
      if (!body.length) throw new ApiError('invalid_json', 'empty JSON body');
      done(null, JSON.parse(body.toString('utf8')));
    } catch (e) {
      done(e instanceof ApiError ? e : new ApiError('invalid_json', `malformed JSON: ${(e as Error).message}`), undefined);
    }
  });

  app.addContentTypeParser(Object.keys(ARTICLE_TYPES), { parseAs: 'buffer' }, (req, body: Buffer, done) => {
    bytesIn.set(req, body.length);
    try {
      const format = ARTICLE_TYPES[mediaType(req.headers['content-type'])]!;
      done(null, new RawArticle(body, format, charsetOf(req.headers['content-type'])));
    } catch (e) {
      done(e as Error, undefined);
    }
  });

  app.addContentTypeParser(JSONL_TYPES, { parseAs: 'buffer' }, (req, body: Buffer, done) => {
    bytesIn.set(req, body.length);
    try {
      const cs = charsetOf(req.headers['content-type']);
      if (cs && !/^utf-?8$/i.test(cs)) throw new ApiError('unsupported_media_type', 'JSON Lines must be UTF-8');
      done(null, new JsonLines(body));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
}
