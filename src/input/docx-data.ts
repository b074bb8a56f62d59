// Word paragraph styles that are headings, beyond mammoth's built-in English
// names: Chinese Word and WPS name the built-in styles 标题 1…, and many
// department templates use their own (一级标题 …).
const LEVELS = [1, 2, 3, 4] as const;
const CN_LEVEL = ['一', '二', '三', '四'];

export const DOCX_STYLE_MAP: string[] = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  ...LEVELS.flatMap((n) => [
    `p[style-name='标题 ${n}'] => h${n}:fresh`,
    `p[style-name='标题${n}'] => h${n}:fresh`,
    `p[style-name='${CN_LEVEL[n - 1]}级标题'] => h${n}:fresh`,
  ]),
];

/** Between the cells of a table row written as one line. */
export const CELL_SEPARATOR = ' | ';
