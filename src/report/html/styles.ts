// The report's one stylesheet: light and dark by prefers-color-scheme, print
// styles, the system's Chinese fonts (no web font: nothing is fetched).
export const STYLES = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1d1d1f;--dim:#6b6b70;--line:#d8d8dc;--panel:#f5f5f7;--key:#ffe9a0;--link:#0b57d0;
--money:#b3261e;--households:#7b4f00;--people:#00658f;--projects:#4a5c00;--facilities:#6d3fa0;--events:#9c4146;--quantity:#3c5a78;--area:#006a60;--capacity:#8a4b00;--percent:#5b5f00;--other:#5d5e61;
--font:"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei","Noto Sans CJK TC","PingFang TC","Microsoft JhengHei",system-ui,sans-serif}
@media (prefers-color-scheme:dark){:root{--bg:#141416;--fg:#e8e8ea;--dim:#a0a0a8;--line:#3a3a40;--panel:#1f1f23;--key:#5a4a10;--link:#8ab4f8;
--money:#ffb4a9;--households:#f0bf6c;--people:#82cfff;--projects:#b5d06a;--facilities:#d7baff;--events:#ffb3b5;--quantity:#a9c8ea;--area:#6fdac9;--capacity:#ffb870;--percent:#cfd36a;--other:#c6c6ca}}
*{box-sizing:border-box}
html{font-family:var(--font);background:var(--bg);color:var(--fg);line-height:1.75}
body{margin:0}
a{color:var(--link)}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:var(--bg);padding:4px 8px;z-index:9}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.page{display:grid;grid-template-columns:minmax(220px,300px) minmax(0,1fr);gap:0 32px;max-width:1400px;margin:0 auto;padding:0 24px 48px}
.page>header,.page>footer{grid-column:1/-1}
.page>nav{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:16px 0;font-size:14px}
.page.one{display:block;max-width:1000px}
@media (max-width:900px){.page{display:block}.page>nav{position:static;max-height:none}}
header h1{font-size:26px;line-height:1.4;margin:24px 0 8px}
h2{font-size:20px;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:32px}
.meta{display:flex;flex-wrap:wrap;gap:4px 24px;margin:0;font-size:14px}.meta div{display:flex;gap:6px}.meta dt{color:var(--dim)}.meta dd{margin:0}
.kws{font-size:14px;margin:6px 0}.kw,.theme,.chip{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 8px;margin:1px 2px;font-size:13px;line-height:1.6}
.theme{background:var(--fg);color:var(--bg);border-color:var(--fg)}
.lead{color:var(--dim);margin-right:4px}
.summary{margin:8px 0;padding:4px 16px;border-left:4px solid var(--line);color:var(--dim)}
.outline,.outline ol{list-style:none;padding-left:14px;margin:0}.outline{padding-left:0}
.outline li{margin:6px 0}.outline .count{color:var(--dim);font-size:12px;white-space:nowrap}
.outline .keys{padding-left:16px;margin:2px 0;font-size:13px}.outline .keys li{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}.outline .keys a{color:var(--dim);text-decoration:none}
.text{font-size:17px;max-width:46em}
.text p{margin:0 0 .8em}.text .title{font-weight:bold;font-size:19px}
.text .sec-h{font-size:18px;margin:1.4em 0 .6em}
.key{background:linear-gradient(transparent 55%,var(--key) 55%)}
mark,.lm{background:color-mix(in srgb,var(--c,var(--other)) 14%,transparent);color:inherit;border-bottom:2px solid var(--c,var(--other));padding:0 1px;border-radius:2px;cursor:help}
mark:focus{outline:3px solid var(--link);outline-offset:1px}
mark.st-target,mark.st-plan{background:transparent;border-bottom-style:dashed;outline:1px dashed var(--c,var(--other));outline-offset:-1px}
mark.st-target:focus,mark.st-plan:focus{outline:3px solid var(--link)}
.c-money{--c:var(--money)}.c-households{--c:var(--households)}.c-people{--c:var(--people)}.c-projects{--c:var(--projects)}.c-facilities{--c:var(--facilities)}.c-events{--c:var(--events)}.c-quantity{--c:var(--quantity)}.c-area{--c:var(--area)}.c-capacity{--c:var(--capacity)}.c-percent{--c:var(--percent)}.c-other{--c:var(--other)}
.chip{border-color:var(--c,var(--line))}
.bp{color:var(--dim);font-size:14px;border-left:3px solid var(--line);padding-left:10px;margin:0 0 1em}
.bp p{margin:0}details.bp summary{cursor:pointer}
.legend{font-size:13px;color:var(--dim)}.legend mark{cursor:default}
.charts{display:flex;flex-wrap:wrap;gap:8px 32px}
.chart{margin:8px 0;max-width:100%}.chart figcaption{font-weight:bold;font-size:14px}
.chart svg{max-width:100%;height:auto;overflow:visible}
.chart text{font-family:var(--font);font-size:12px;fill:var(--fg)}
.chart .bar{fill:var(--c,var(--dim))}
.chart a:focus rect{stroke:var(--link);stroke-width:2}
.figtable .controls{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;font-size:14px;margin:8px 0}
.figtable input,.figtable select,.figtable button{font:inherit;font-size:14px;color:var(--fg);background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:2px 6px}
.figtable button{cursor:pointer}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:14px;width:100%}
th,td{border-bottom:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
th{position:sticky;top:0;background:var(--panel)}th button{all:unset;cursor:pointer;font-weight:bold}th button:focus{outline:2px solid var(--link)}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td[class^="c-"]{box-shadow:inset 3px 0 var(--c)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.figtable:not(.corpus) .col-art{display:none}
.figtable.corpus .scroll{content-visibility:auto;contain-intrinsic-size:auto 4000px}
.figtable.corpus table{table-layout:fixed;min-width:1100px}.figtable.corpus th{position:static}
.figtable.corpus th:nth-child(1){width:4.5em}.figtable.corpus th:nth-child(3){width:9em}.figtable.corpus th:nth-child(4),.figtable.corpus th:nth-child(9){width:5em}
.figtable.corpus td{overflow-wrap:anywhere}
.nojs .js-only{display:none}
#tip{position:absolute;z-index:10;max-width:340px;background:var(--fg);color:var(--bg);padding:6px 10px;border-radius:6px;font-size:13px;white-space:pre-line;pointer-events:none;box-shadow:0 2px 8px #0004}
#tip[hidden]{display:none}
.articles td{white-space:nowrap}.articles td:first-child,.articles td:nth-child(5){white-space:normal}.articles td:nth-child(5){min-width:18em}.articles .chip{font-size:12px;white-space:nowrap}
.corpus-article{content-visibility:auto;contain-intrinsic-size:auto 3000px;border-top:3px solid var(--line);margin-top:40px}
.errors{color:var(--money)}
footer{color:var(--dim);font-size:12px;margin-top:48px}
.pager{margin:16px 0 0;font-size:14px}.pager a{margin-right:1em}
@media print{
:root{--bg:#fff;--fg:#000;--dim:#444;--key:#eee;--line:#999}
.page{display:block;padding:0}.page>nav,.controls,#tip,.skip,.pager{display:none}
mark{background:none;border-bottom:1.5px solid #000}mark.st-target,mark.st-plan{border-bottom-style:dashed;outline:none}
.chart .bar{fill:#777}.chart{break-inside:avoid}
th{position:static}h2,h3{break-after:avoid}
details.bp>*{display:block}
a{color:inherit;text-decoration:none}
.corpus-article{content-visibility:visible;break-before:page}
}
`;
