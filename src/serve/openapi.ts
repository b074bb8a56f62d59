// GET /v1/openapi.json: the service described in OpenAPI 3.1. Result schemas
// list the fields the CLI's `-f json` documents (docs/schema.md); they allow
// added fields, as the schema's versioning does.
import { FIGURE_CATEGORIES } from '../types.js';
import { ANALYSIS_SCHEMA } from '../pipeline/analysis.js';
import { ERROR_STATUS } from './errors.js';
import { JSONL_TYPES } from './content.js';
import { ARTICLE_ROUTES, articleBodySchema, optionsSchema, type ArticleRoute } from './schemas.js';

const int = { type: 'integer' };
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (required: string[], properties: Record<string, unknown>) => ({ type: 'object', required, properties });

const SCHEMAS: Record<string, unknown> = {
  Error: obj(['error'], {
    error: obj(['code', 'message'], { code: { type: 'string', enum: Object.keys(ERROR_STATUS) }, message: str }),
  }),
  Keyword: obj(['word', 'weight'], { word: str, weight: { type: 'number' } }),
  SummarySentence: obj(['text', 'start', 'end', 'score'], { text: str, start: int, end: int, score: { type: 'number' } }),
  Token: obj(['word', 'start', 'end'], { word: str, start: int, end: int, tag: str }),
  Figure: obj(['text', 'value', 'unit', 'category', 'label', 'approx', 'start', 'end', 'sentence', 'section'], {
    text: str,
    value: { type: 'number' },
    unit: nullableStr,
    category: { type: 'string', enum: [...FIGURE_CATEGORIES] },
    label: nullableStr,
    approx: { type: 'boolean' },
    start: int,
    end: int,
    sentence: str,
    section: { type: ['integer', 'null'] },
  }),
  Meta: obj(['title', 'date', 'author', 'editor', 'source'], { title: nullableStr, date: nullableStr, author: nullableStr, editor: nullableStr, source: nullableStr }),
  Section: obj(['index', 'level', 'parent', 'heading', 'theme', 'start', 'end', 'summary', 'keywords', 'figures'], {
    index: int,
    level: int,
    parent: { type: ['integer', 'null'] },
    heading: nullableStr,
    theme: nullableStr,
    start: int,
    end: int,
    summary: { type: 'array', items: ref('SummarySentence') },
    keywords: { type: 'array', items: ref('Keyword') },
    figures: { type: 'array', items: int },
  }),
  Analysis: obj(['schema', 'path', 'encoding', 'format', 'meta', 'stats', 'sections', 'figures', 'keywords', 'summary', 'boilerplate'], {
    schema: { const: ANALYSIS_SCHEMA },
    path: str,
    encoding: str,
    format: { type: 'string', enum: ['text', 'markdown', 'html', 'pdf', 'docx', 'doc'] },
    script: { type: 'string', enum: ['hans', 'hant'] },
    meta: ref('Meta'),
    stats: obj(['characters', 'paragraphs', 'sentences'], { characters: int, paragraphs: int, sentences: int }),
    sections: { type: 'array', items: ref('Section') },
    figures: { type: 'array', items: ref('Figure') },
    keywords: { type: 'array', items: ref('Keyword') },
    summary: { type: 'array', items: ref('SummarySentence') },
    boilerplate: { type: 'array', items: obj(['kind', 'start', 'end', 'text'], { kind: str, start: int, end: int, text: str }) },
  }),
  Figures: obj(['path', 'encoding', 'figures'], { path: str, encoding: str, figures: { type: 'array', items: ref('Figure') } }),
  Sections: obj(['path', 'encoding', 'meta', 'sections'], { path: str, encoding: str, meta: ref('Meta'), sections: { type: 'array', items: ref('Section') } }),
  Keywords: obj(['path', 'encoding', 'method', 'keywords'], { path: str, encoding: str, method: { type: 'string', enum: ['tfidf', 'textrank'] }, keywords: { type: 'array', items: ref('Keyword') } }),
  Segment: obj(['path', 'encoding', 'tokens'], { path: str, encoding: str, tokens: { type: 'array', items: ref('Token') } }),
  BatchError: obj(['path', 'error'], { path: str, error: obj(['code', 'message'], { code: str, message: str }) }),
  Health: obj(['ready', 'workers', 'queue', 'running'], { ready: { type: 'boolean' }, workers: int, queue: int, running: int }),
  Version: obj(['name', 'version', 'schema'], { name: str, version: str, schema: str, node: str }),
};

const RESULT_SCHEMA: Record<ArticleRoute, string> = {
  analyze: 'Analysis',
  figures: 'Figures',
  sections: 'Sections',
  keywords: 'Keywords',
  segment: 'Segment',
};

const SUMMARY: Record<ArticleRoute, string> = {
  analyze: 'everything: metadata, sections, key figures, keywords and summaries (as `wenxi analyze -f json`)',
  figures: 'key figures (as `wenxi figures -f json`)',
  sections: 'the section tree with themes, summaries and keywords (as `wenxi sections -f json`)',
  keywords: 'article keywords (as `wenxi keywords -f json`)',
  segment: 'words with offsets (as `wenxi segment -f json`)',
};

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

const ERRORS = {
  '400': errorResponse('malformed JSON or request'),
  '401': errorResponse('missing or wrong bearer token (only with --token)'),
  '413': errorResponse('body over --max-body'),
  '415': errorResponse('unsupported content type or charset'),
  '422': errorResponse('no text, empty text, undecodable bytes or invalid options'),
  '500': errorResponse('the worker analysing the request died; it has been replaced'),
  '503': { ...errorResponse('too many requests waiting; see Retry-After'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
  '504': errorResponse('the analysis took longer than --timeout and was stopped'),
};

/** The raw-article body types every article route takes (charset from Content-Type, else detected). */
const rawBody = { schema: { type: 'string', description: 'the article as bytes; the charset parameter or detection decides the encoding' } };

const queryOptions = (route: ArticleRoute) =>
  Object.entries((optionsSchema(route) as { properties: Record<string, unknown> }).properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    description: 'for raw bodies; a JSON body gives options in `options`',
    schema: (schema as { oneOf?: unknown[] }).oneOf ? { type: 'string' } : schema,
  }));

function articlePath(route: ArticleRoute) {
  return {
    post: {
      operationId: route,
      summary: SUMMARY[route],
      parameters: queryOptions(route),
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: articleBodySchema(route) },
          'text/plain': rawBody,
          'text/markdown': rawBody,
          'text/html': rawBody,
        },
      },
      responses: { '200': { description: 'the result', content: { 'application/json': { schema: ref(RESULT_SCHEMA[route]) } } }, ...ERRORS },
    },
  };
}

export function openapiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const r of ARTICLE_ROUTES) paths[`/v1/${r}`] = articlePath(r);
  paths['/v1/batch'] = {
    post: {
      operationId: 'batch',
      summary: 'many articles: JSON Lines in (one {"id","text","options"} per line), NDJSON out in input order; a bad line gets its error record in place',
      parameters: [{ name: 'command', in: 'query', required: false, schema: { type: 'string', enum: [...ARTICLE_ROUTES], default: 'analyze' } }],
      requestBody: { required: true, content: Object.fromEntries(JSONL_TYPES.map((t) => [t, { schema: { type: 'string' } }])) },
      responses: {
        '200': { description: 'one JSON object per input line: the result, or {"path","error"}', content: { 'application/x-ndjson': { schema: { oneOf: [...Object.values(RESULT_SCHEMA).map(ref), ref('BatchError')] } } } },
        ...ERRORS,
      },
    },
  };
  paths['/v1/report'] = {
    post: {
      operationId: 'report',
      summary: 'the report the page shows, as an HTML fragment',
      requestBody: articlePath('analyze').post.requestBody,
      responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } }, ...ERRORS },
    },
  };
  paths['/v1/health'] = {
    get: { operationId: 'health', summary: 'ready (workers warm), workers alive, requests waiting and running; needs no token', security: [], responses: { '200': { description: 'health', content: { 'application/json': { schema: ref('Health') } } } } },
  };
  paths['/v1/version'] = { get: { operationId: 'version', summary: 'wenxi and output schema versions', responses: { '200': { description: 'version', content: { 'application/json': { schema: ref('Version') } } } } } };
  paths['/v1/openapi.json'] = { get: { operationId: 'openapi', summary: 'this document', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } } } };
  paths['/'] = { get: { operationId: 'page', summary: 'a page to paste an article or drop a file and read its report', responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } } };
  return {
    openapi: '3.1.0',
    info: { title: 'wenxi', version, description: 'wenxi (文析) as a local HTTP service: the CLI\'s analyses of Chinese articles, one process, the dictionary loaded once.' },
    servers: [{ url: '/' }],
    components: { schemas: SCHEMAS, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'only when started with --token' } } },
    security: [{ bearer: [] }],
    paths,
  };
}
