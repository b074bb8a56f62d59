// `npm run eval`: accuracy against the hand-checked gold files — figures (as
// `wenxi figures` reports them: boilerplate excluded, through the article
// model), article structure (headings, title, date, author) on the corpus gold
// and on the articles in the wild (test/gold/structure), and summaries (ROUGE
// against hand-written references, beside the lead baselines).
//   npm run eval [-- --verbose]
import { evaluate as evalFigures, printReport } from './eval-figures.js';
import { evaluate as evalArticle } from './eval-article.js';
import { evaluate as evalNumbers, printReport as printNumbers } from './eval-numbers.js';
import { evaluate as evalStructure, printReport as printStructure } from './eval-structure.js';
import { evaluate as evalSummaries, printReport as printSummaries } from './eval-summaries.js';

const verbose = process.argv.includes('--verbose');
const { makeProcessor } = await import('../dist/pipeline/tasks.js');
const { sourceFromString } = await import('../dist/input/source.js');

// the figures task as `wenxi figures` runs it (a Traditional article through its Simplified view)
const figuresTask = await makeProcessor('figures', {});
const viaPipeline = (text, file) => figuresTask(sourceFromString(file, text, 'utf-8', 'text')).figures;
const figures = await evalFigures(viaPipeline);
printReport(figures, verbose);

const numbers = printNumbers(evalNumbers());

const article = await evalArticle();
const pct = (x) => `${(100 * x).toFixed(1)}%`;
console.log('\narticle structure against gold (top-level headings exact after trimming; title/date/author exact)');
for (const f of article.files) {
  const m = f.meta;
  const ok = (b) => (b ? 'ok  ' : 'MISS');
  console.log(
    `${f.file.padEnd(48)}  headings ${f.tp}/${f.predicted} found, ${f.tp}/${f.gold} gold  title ${ok(m.title)} date ${ok(m.date)} author ${ok(m.author)}${f.themes === undefined ? '' : `  themes ${ok(f.themes)}`}`,
  );
  if (verbose && (!m.title || !m.date || !m.author)) console.log(`    got ${JSON.stringify(f.got)}`);
  if (verbose && f.headings) console.log(`    headings got ${JSON.stringify(f.headings.got)}`);
}
const o = article.overall;
console.log(
  `overall (${o.files} files): heading precision ${pct(o.headingPrecision)}, recall ${pct(o.headingRecall)}; title ${pct(o.title)}, date ${pct(o.date)}, author ${pct(o.author)}`,
);
console.log(
  `\nsummary: figures P ${figures.precision.toFixed(3)} R ${figures.recall.toFixed(3)} category ${figures.category.toFixed(3)} label ${figures.label.toFixed(3)} (${figures.tp}/${figures.gold}); headings P ${pct(o.headingPrecision)} R ${pct(o.headingRecall)}; title ${pct(o.title)} date ${pct(o.date)} author ${pct(o.author)}`,
);
const r3 = (t) => (t.n ? t.ok / t.n : 1).toFixed(3);
console.log(`numbers: values ${r3(numbers.positive)}, negatives clean ${r3(numbers.negative)}, ranges ${r3(numbers.ranges)}`);

const structure = await evalStructure({ verbose });
printStructure(structure);
const summaries = await evalSummaries({ verbose });
printSummaries(summaries);
