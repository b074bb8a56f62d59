// The HTML report (report/html: page, styles, script, charts) is a fifth of
// the code a run would load, and only `-f html` uses it: the runs that write
// html load it once, up front (prepareFormat in writer.ts), and the renderers'
// synchronous html forms then reach it here.
type HtmlModule = typeof import('./html/index.js');

let loaded: HtmlModule | null = null;

export async function loadHtml(): Promise<HtmlModule> {
  return (loaded ??= await import('./html/index.js'));
}

export function html(): HtmlModule {
  if (!loaded) throw new Error('internal: the HTML report is used before loadHtml()');
  return loaded;
}
