// Markdown → readable text with a real parser (markdown-it): headings, bold
// run-in labels, list items and table rows become lines of their own and are
// reported as structure; emphasis marks, list bullets, table pipes and HTML
// blocks (<figure><img>) do not reach the text. Offsets, as for HTML, are into
// this extracted text (one line per block), so every later stage reads words,
// never markup.
import { lazy } from '../util/lazy.js';
import { htmlToText } from './html.js';
import { BOLD_LABEL_MAX, FRONT_MATTER_KEYS, MARKDOWN_CUES, TABLE_CELL_SEPARATOR, WRAP_MIN } from './markdown-data.js';

type MarkdownItCtor = typeof import('markdown-it').default;
type MarkdownIt = InstanceType<MarkdownItCtor>;
type Token = ReturnType<MarkdownIt['parse']>[number];
const markdownIt = lazy<MarkdownItCtor>('markdown-it');

export interface MarkdownText {
  text: string;
  headingLines: number[];
  /** 1–6 for `#`…`######`, 7 for a paragraph that is one short bold phrase */
  headingLevels: number[];
  tableLines: number[];
  listLines: number[];
  hints: { title?: string; date?: string; author?: string };
}

/** The level given to a bold run-in label (**紓解民困方面：**): below every `#` heading. */
export const BOLD_LABEL_LEVEL = 7;

let parser: MarkdownIt | null = null;
const getParser = () => (parser ??= new (markdownIt())({ html: true }));

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const LINE_END = /[。！？!?；;：:”’」』）)]\s*$/;

/** Plain text of an inline token: markup dropped, soft breaks joined as the script needs. */
function inlineText(tok: Token): string {
  let out = '';
  for (const c of tok.children ?? []) {
    switch (c.type) {
      case 'text':
      case 'code_inline':
        out += c.content;
        break;
      case 'softbreak': {
        // A line that ends a sentence or is short (一、综合) was a line of its
        // own in the source: Chinese Markdown often has no blank lines between
        // paragraphs. A long line cut mid-clause is a hard wrap: joined, without
        // a space in Chinese.
        const line = out.slice(out.lastIndexOf('\n') + 1);
        if (LINE_END.test(line) || [...line].length < WRAP_MIN) out += '\n';
        else out += CJK_END.test(out) ? '' : ' ';
        break;
      }
      case 'hardbreak':
        out += '\n';
        break;
      default:
        break;
    }
  }
  return out;
}

/** Is the inline token one bold phrase and nothing else (**中小企：**)? */
function isBoldOnly(tok: Token): boolean {
  const kids = (tok.children ?? []).filter((c) => !(c.type === 'text' && c.content.trim() === '') && c.type !== 'softbreak');
  return kids.length >= 3 && kids[0]!.type === 'strong_open' && kids[kids.length - 1]!.type === 'strong_close' &&
    kids.slice(1, -1).every((c) => c.type === 'text' || c.type === 'code_inline');
}

function frontMatter(src: string): { body: string; hints: MarkdownText['hints'] } {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(src);
  if (!m) return { body: src, hints: {} };
  const hints: MarkdownText['hints'] = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const field = FRONT_MATTER_KEYS[kv[1]!.toLowerCase()];
    const value = kv[2]!.trim().replace(/^["']|["']$/g, '');
    if (field && value && hints[field] === undefined) hints[field] = value;
  }
  return { body: src.slice(m[0].length), hints };
}

export function markdownToText(src: string): MarkdownText {
  const { body, hints } = frontMatter(src);
  const tokens = getParser().parse(body, {});
  const lines: string[] = [];
  const headingLines: number[] = [];
  const headingLevels: number[] = [];
  const tableLines: number[] = [];
  const listLines: number[] = [];
  const push = (text: string) => {
    for (const part of text.split('\n')) {
      const t = part.replace(/[ \t\u00a0]+/g, ' ').trim();
      if (t) lines.push(t);
    }
  };
  let listDepth = 0;
  let row: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    switch (tok.type) {
      case 'heading_open': {
        const inline = tokens[i + 1]!;
        const before = lines.length;
        push(inlineText(inline));
        for (let k = before; k < lines.length; k++) {
          headingLines.push(k);
          headingLevels.push(Number(tok.tag.slice(1)));
        }
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row && row.some((c) => c)) {
          tableLines.push(lines.length);
          lines.push(row.join(TABLE_CELL_SEPARATOR));
        }
        row = null;
        break;
      case 'inline': {
        if (row) {
          row.push(inlineText(tok).replace(/\s+/g, ' ').trim());
          break;
        }
        const before = lines.length;
        const text = inlineText(tok);
        push(text);
        if (listDepth > 0) for (let k = before; k < lines.length; k++) listLines.push(k);
        else if (lines.length === before + 1 && isBoldOnly(tok) && [...lines[before]!].length <= BOLD_LABEL_MAX) {
          headingLines.push(before);
          headingLevels.push(BOLD_LABEL_LEVEL);
        }
        break;
      }
      case 'html_block':
        push(htmlToText(tok.content).text);
        break;
      case 'fence':
      case 'code_block':
        push(tok.content);
        break;
      default:
        break;
    }
  }
  return { text: lines.join('\n'), headingLines, headingLevels, tableLines, listLines, hints };
}

/**
 * Is a .txt file clearly Markdown? A `# ` title line first, and Markdown's own
 * block or emphasis syntax below it (list bullets, `## ` headings, **bold**,
 * table rows): one `#` or one asterisk alone is not enough.
 */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 20000);
  const first = /^\s*(\S[^\n]*)/.exec(head)?.[1] ?? '';
  if (!/^#{1,2} \S/.test(first)) return false;
  let cues = 0;
  for (const cue of MARKDOWN_CUES) if (cue.test(head)) cues++;
  return cues >= 1;
}
