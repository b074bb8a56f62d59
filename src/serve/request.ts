// A request → the job the CLI would run: the article as SourceText and the
// command's options with the CLI's defaults. The text only ever comes from the
// request itself; nothing here opens a path.
import { decode, DecodeError } from '../input/decode.js';
import { InputError } from '../input/errors.js';
import { sourceFromString } from '../input/source.js';
import type { TaskOptions } from '../pipeline/tasks.js';
import { FIGURE_CATEGORIES, type FigureCategory, type SourceText } from '../types.js';
import { RawArticle } from './content.js';
import { ApiError } from './errors.js';
import type { ArticleRoute } from './schemas.js';

export interface ArticleBody {
  text: string;
  id?: string | number;
  format?: SourceText['format'];
  options?: Record<string, unknown>;
}

/** What stdin gets on the CLI: results of a request name no file. */
const DEFAULT_PATH = '-';

export function sourceOf(body: RawArticle | ArticleBody): SourceText {
  try {
    if (body instanceof RawArticle) {
      const decoded = decode(body.bytes, body.charset ?? undefined);
      return sourceFromString(DEFAULT_PATH, decoded.text, decoded.encoding, body.format);
    }
    const path = body.id === undefined ? DEFAULT_PATH : String(body.id);
    return sourceFromString(path, body.text, 'utf-8', body.format ?? null);
  } catch (e) {
    if (e instanceof DecodeError || e instanceof InputError) throw new ApiError('invalid_input', e.message);
    throw e;
  }
}

function categories(raw: unknown): FigureCategory[] | undefined {
  if (raw === undefined) return undefined;
  const list = Array.isArray(raw) ? (raw as string[]) : String(raw).split(/[,，\s]+/).filter(Boolean);
  for (const c of list)
    if (!(FIGURE_CATEGORIES as readonly string[]).includes(c))
      throw new ApiError('invalid_input', `options.category: unknown category "${c}" (one of ${FIGURE_CATEGORIES.join(', ')})`);
  return list as FigureCategory[];
}

/**
 * Options already checked against the route's schema → the CLI's task
 * options, defaults included. jieba has one dictionary per process, so the
 * dictionaries loaded at start apply to every request; naming one only
 * checks that it is there.
 */
export function taskOptionsOf(route: ArticleRoute, o: Record<string, unknown>, dicts: Map<string, string>): TaskOptions {
  if (typeof o.userDict === 'string' && !dicts.has(o.userDict))
    throw new ApiError('invalid_input', `options.userDict: no dictionary "${o.userDict}" was loaded at start${dicts.size ? ` (loaded: ${[...dicts.keys()].join(', ')})` : ''}`);
  const userDicts = [...dicts.values()];
  const method = (o.method as 'tfidf' | 'textrank' | undefined) ?? 'tfidf';
  switch (route) {
    case 'analyze':
      return { userDicts, top: (o.top as number | undefined) ?? 10, method, categories: categories(o.category) };
    case 'figures':
      return { all: Boolean(o.all), categories: categories(o.category) };
    case 'sections':
      return { userDicts, method };
    case 'keywords':
      return { userDicts, top: (o.top as number | undefined) ?? 20, method };
    case 'segment':
      return { userDicts, mode: (o.mode as 'default' | undefined) ?? 'default', hmm: o.hmm === undefined ? true : Boolean(o.hmm), pos: Boolean(o.pos) };
  }
}
