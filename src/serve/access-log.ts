// One line per request on stderr: method, route, status, bytes in and out, milliseconds.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bytesIn } from './content.js';

/** Body bytes of responses that stream (the batch route counts its own). */
export const streamedBytes = new WeakMap<FastifyRequest, number>();

export function registerAccessLog(app: FastifyInstance, write: (line: string) => void): void {
  const sent = new WeakMap<FastifyRequest, number>();
  app.addHook('onSend', async (req, _reply, payload) => {
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) sent.set(req, Buffer.byteLength(payload));
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? req.url.split('?')[0];
    const inBytes = bytesIn.get(req) ?? Number(req.headers['content-length'] ?? 0);
    const outBytes = sent.get(req) ?? streamedBytes.get(req) ?? 0;
    write(`${req.method} ${route} ${reply.statusCode} in=${inBytes} out=${outBytes} ${reply.elapsedTime.toFixed(1)}ms`);
  });
}
