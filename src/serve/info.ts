// What the service says about itself: health (for monitors, no token), version, OpenAPI.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { ANALYSIS_SCHEMA } from '../pipeline/analysis.js';
import type { JobQueue } from './jobs.js';
import { openapiDocument } from './openapi.js';

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function registerInfo(app: FastifyInstance, jobs: JobQueue): void {
  const version = packageVersion();
  const doc = JSON.stringify(openapiDocument(version));
  app.get('/v1/health', async (_req, reply) => {
    const h = jobs.health();
    // 503 until the workers are warm, so a monitor waits for a service that can answer.
    return reply.code(h.ready ? 200 : 503).send(h);
  });
  app.get('/v1/version', async () => ({ name: 'wenxi', version, schema: ANALYSIS_SCHEMA, node: process.version }));
  app.get('/v1/openapi.json', async (_req, reply) => reply.type('application/json; charset=utf-8').send(doc));
}
