// JSON Schemas of requests: fastify validates bodies against them, batch
// lines are checked with the same ones, and the OpenAPI document shows them.
import { FIGURE_CATEGORIES } from '../types.js';
import type { TaskName } from '../pipeline/tasks.js';

/** The routes that analyse one article, by the CLI command they mirror. */
export const ARTICLE_ROUTES = ['analyze', 'figures', 'sections', 'keywords', 'segment'] as const satisfies readonly TaskName[];
export type ArticleRoute = (typeof ARTICLE_ROUTES)[number];

const top = { type: 'integer', minimum: 1, maximum: 1000, description: 'number of keywords (CLI --top)' };
const method = { type: 'string', enum: ['tfidf', 'textrank'], description: 'keyword method (CLI --method)' };
const category = {
  description: 'only figures of these categories (CLI --category): a comma-separated string or a list',
  oneOf: [
    { type: 'string', maxLength: 200 },
    { type: 'array', items: { type: 'string', enum: [...FIGURE_CATEGORIES] }, maxItems: FIGURE_CATEGORIES.length },
  ],
};
const userDict = { type: 'string', maxLength: 200, description: 'name of a user dictionary loaded at start (--user-dict FILE: its file name without extension)' };

const OPTION_PROPS: Record<ArticleRoute, Record<string, unknown>> = {
  analyze: { top, method, category, userDict },
  figures: { category, all: { type: 'boolean', description: 'also bare numbers without a unit (CLI --all)' } },
  sections: { method, userDict },
  keywords: { top, method, userDict },
  segment: {
    mode: { type: 'string', enum: ['default', 'full', 'search'] },
    hmm: { type: 'boolean', description: 'HMM for unknown words (default true; CLI --no-hmm)' },
    pos: { type: 'boolean', description: 'part-of-speech tags' },
    userDict,
  },
};

// One schema object per route: fastify caches compiled validators by object identity.
const OPTIONS_SCHEMAS = new Map<ArticleRoute, Record<string, unknown>>();
const BODY_SCHEMAS = new Map<ArticleRoute, Record<string, unknown>>();

export function optionsSchema(route: ArticleRoute): Record<string, unknown> {
  let s = OPTIONS_SCHEMAS.get(route);
  if (!s) OPTIONS_SCHEMAS.set(route, (s = { type: 'object', additionalProperties: false, properties: OPTION_PROPS[route] }));
  return s;
}

/** The JSON body of an article route; also one line of a batch (with its options). */
export function articleBodySchema(route: ArticleRoute): Record<string, unknown> {
  let s = BODY_SCHEMAS.get(route);
  if (!s) BODY_SCHEMAS.set(route, (s = bodySchema(route)));
  return s;
}

function bodySchema(route: ArticleRoute): Record<string, unknown> {
  return {
    type: 'object',
    required: ['text'],
    additionalProperties: false,
    properties: {
      text: { type: 'string', description: 'the article' },
      id: { type: ['string', 'number'], description: 'returned as `path` (default "-")' },
      format: { type: 'string', enum: ['text', 'markdown', 'html'], description: 'how the text is written (default: detected, as for standard input)' },
      options: optionsSchema(route),
    },
  };
}

/** Boolean and integer options as strings (from a query string) → typed values, before validation. */
export function coerceQuery(route: ArticleRoute, query: Record<string, unknown>): Record<string, unknown> {
  const props = OPTION_PROPS[route] as Record<string, { type?: string }>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(query)) {
    if (k === 'command') continue;
    const t = props[k]?.type;
    if (t === 'boolean' && (v === 'true' || v === '' || v === '1')) out[k] = true;
    else if (t === 'boolean' && (v === 'false' || v === '0')) out[k] = false;
    else if (t === 'integer' && typeof v === 'string' && /^\d+$/.test(v)) out[k] = Number(v);
    else out[k] = v;
  }
  return out;
}
