// What kind of article a text is when its name does not say (standard input,
// a JSON Lines record, no extension) or says .txt: HTML pages are often saved
// as .txt, and Markdown arrives on pipes.

/** An HTML document starts with markup: a doctype, <html>, an XML declaration or a block tag. */
export function sniffHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (!head.startsWith('<')) return false;
  return (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    (head.startsWith('<?xml') && head.includes('<html')) ||
    /^<(head|body|meta|title|div|p|article|section|table|h[1-6])[\s>]/.test(head)
  );
}

/**
 * Markdown: an ATX heading (`# 标题`) at the start of a line within the first
 * lines. Plain Chinese text never starts a line with "# "; lists and emphasis
 * alone are too common in plain text to count.
 */
export function sniffMarkdown(text: string): boolean {
  const lines = text.slice(0, 8192).split('\n', 200);
  return lines.some((l) => /^#{1,6}[ \t]+\S/.test(l));
}
