// The one stylesheet, served at /static/style.css. Plain CSS: no build step. Works from a phone
// (one column) to a laptop (text beside its facts); highlight colours keep text contrast ≥ 4.5:1.
export const STYLESHEET = `
:root {
  --ink: #1c2430; --muted: #5a6472; --line: #d8dde4; --bg: #ffffff; --panel: #f5f7fa; --accent: #1f5fbf; --accent-ink: #ffffff;
  --assert: #dbe9ff; --agree: #d7f2dc; --hope: #eadcff; --ask: #ffe3c4; --commit: #fff1a8; --condemn: #ffd6d6;
  --person: #0b4a9e; --date: #7a3d00; --document: #cdeff0; --cite: #ffe066;
  --overdue: #a4161a; --open: #1f5fbf; --kept: #1e6b34;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg);
  line-height: 1.5;
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid #f0a500; outline-offset: 2px;
}
.skip { position: absolute; left: -999px; top: 0; background: var(--accent); color: var(--accent-ink); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header.site { background: #14233a; color: #fff; }
header.site .bar { max-width: 80rem; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; }
header.site .brand { color: #fff; font-weight: 700; font-size: 1.15rem; text-decoration: none; margin-right: .5rem; }
header.site nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .2rem .9rem; margin: 0; padding: 0; }
header.site nav a { color: #e7eefb; text-decoration: none; padding: .2rem 0; display: inline-block; }
header.site nav a:hover, header.site nav a[aria-current="page"] { color: #fff; text-decoration: underline; text-underline-offset: .3em; }
header.site form.quick { margin-left: auto; display: flex; gap: .3rem; }
header.site form.quick input { width: 12rem; max-width: 40vw; }
main { max-width: 80rem; margin: 0 auto; padding: 1rem; }
footer.site { max-width: 80rem; margin: 2rem auto 0; padding: 1rem; color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .4rem 0 .6rem; }
h2 { font-size: 1.25rem; margin: 1.6rem 0 .6rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.muted { color: var(--muted); }
.sub { color: var(--muted); margin-top: 0; }
input, select, button { font: inherit; padding: .35rem .5rem; border: 1px solid #8a94a3; border-radius: 4px; background: #fff; color: var(--ink); }
button, .button { background: var(--accent); color: var(--accent-ink); border-color: var(--accent); cursor: pointer; text-decoration: none; border-radius: 4px; padding: .35rem .8rem; display: inline-block; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: flex-end; background: var(--panel); padding: .8rem; border-radius: 6px; margin: .5rem 0 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .9rem; gap: .15rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: .8rem; padding: 0; margin: 0; list-style: none; }
.cards li { background: var(--panel); border-radius: 6px; padding: .7rem .9rem; }
.cards .n { display: block; font-size: 1.7rem; font-weight: 700; }
.cards a { text-decoration: none; color: inherit; display: block; }
.cards li.warn .n { color: var(--overdue); }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.bars { list-style: none; padding: 0; margin: 0; }
.bars li { display: grid; grid-template-columns: 4rem 1fr 2.5rem; align-items: center; gap: .5rem; margin: .2rem 0; }
.bars .bar { background: var(--accent); height: 1rem; border-radius: 2px; min-width: 2px; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; padding: .5rem .6rem; color: var(--muted); }
th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-top: 1px solid var(--line); }
thead th { background: var(--panel); border-top: 0; white-space: nowrap; }
th a { color: inherit; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .82rem; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.status-overdue { color: var(--overdue); } .status-open { color: var(--open); } .status-kept { color: var(--kept); }
.pager { display: flex; gap: 1rem; align-items: center; margin: 1rem 0; }
ol.plain, ul.plain { list-style: none; padding: 0; margin: 0; }
ul.plain > li, ol.plain > li { padding: .55rem 0; border-top: 1px solid var(--line); }
blockquote { margin: .3rem 0; padding: .2rem .8rem; border-left: 4px solid var(--line); }
mark { background: var(--cite); color: inherit; padding: 0 .1em; }

/* Reader: the text with highlights, and the facts beside it. */
.reader { display: grid; grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); gap: 1.5rem; align-items: start; }
.readout-text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.65;
  background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem; margin: 0; }
.readout-text a.hl { color: inherit; text-decoration: none; border-radius: 2px; }
.readout-text a.hl:hover { outline: 1px solid #6b7686; }
.hl.statement.act-assert { background: var(--assert); } .hl.statement.act-agree { background: var(--agree); }
.hl.statement.act-hope { background: var(--hope); } .hl.statement.act-ask { background: var(--ask); }
.hl.statement.act-commit { background: var(--commit); } .hl.statement.act-condemn { background: var(--condemn); }
.hl.document { background: var(--document); }
.readout-text a.hl.person { color: var(--person); font-weight: 600; text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: .18em; }
.readout-text a.hl.commitment { text-decoration: underline wavy #9a6b00; text-underline-offset: .25em; }
.readout-text a.hl.commitment.person { text-decoration: underline; }
.hl.date { color: var(--date); font-weight: 600; box-shadow: inset 0 -2px 0 var(--date); }
.hl.cite { background: var(--cite) !important; box-shadow: 0 0 0 2px #c99a00; }
aside.facts { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow-y: auto; display: flex; flex-direction: column; gap: 1rem; }
aside.facts section { background: var(--panel); border-radius: 6px; padding: .7rem .9rem; }
aside.facts h2 { margin: 0 0 .4rem; font-size: 1.05rem; }
.fact-card { display: none; }
.fact-card:target { display: block; }
.selected:has(.fact-card:target) .hint { display: none; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: .4rem 0; }
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .6rem; list-style: none; padding: 0; margin: 0; font-size: .88rem; }
.legend li { display: inline-flex; align-items: center; gap: .3rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; border-radius: 3px; border: 1px solid #b5bcc6; }
.swatch.person { background: #fff; border-bottom: 3px solid var(--person); }
.swatch.date { background: #fff; border-bottom: 3px solid var(--date); }
.swatch.commitment { background: #fff; border-bottom: 3px dotted #9a6b00; }
.swatch.document { background: var(--document); }
.swatch.act-assert { background: var(--assert); } .swatch.act-agree { background: var(--agree); } .swatch.act-hope { background: var(--hope); }
.swatch.act-ask { background: var(--ask); } .swatch.act-commit { background: var(--commit); } .swatch.act-condemn { background: var(--condemn); }
details.speaker summary { cursor: pointer; font-weight: 600; }
details.speaker ol { margin: .3rem 0 .6rem; padding-left: 1.3rem; font-size: .92rem; }

/* Person: roles as a timeline. */
ol.roles { list-style: none; padding: 0; margin: .5rem 0; }
ol.roles li { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: .8rem; align-items: center; padding: .35rem 0; border-top: 1px solid var(--line); }
.track { position: relative; height: 1.1rem; background: var(--panel); border-radius: 3px; }
.track .span { position: absolute; top: 0; bottom: 0; background: var(--accent); border-radius: 3px; min-width: 6px; }
.track-scale { display: flex; justify-content: space-between; font-size: .8rem; color: var(--muted); }

/* Timelines (issue). */
ol.timeline { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 3px solid var(--line); }
ol.timeline > li { position: relative; padding: .5rem 0 .7rem .8rem; }
ol.timeline > li::before { content: ""; position: absolute; left: -1.45rem; top: .95rem; width: .7rem; height: .7rem; border-radius: 50%; background: var(--accent); }
ol.timeline > li.kind-commitment::before { background: #9a6b00; }
ol.timeline > li.kind-document::before { background: #0f7173; }
.when { font-weight: 600; }

@media (max-width: 900px) {
  .reader { grid-template-columns: 1fr; }
  aside.facts { position: static; max-height: none; }
  .grid2 { grid-template-columns: 1fr; }
}
@media (max-width: 600px) {
  main { padding: .7rem; }
  h1 { font-size: 1.3rem; }
  header.site form.quick { margin-left: 0; width: 100%; }
  header.site form.quick input { flex: 1; max-width: none; }
  ol.roles li { grid-template-columns: 1fr; gap: .2rem; }
  .readout-text { padding: .7rem; font-size: 1rem; }
  /* Wide tables become one card per row, each cell labelled. */
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack tr { display: block; border-top: 1px solid var(--line); padding: .4rem 0; }
  table.stack td { display: block; border: 0; padding: .15rem .6rem; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  dl.fields { grid-template-columns: 1fr; }
  dl.fields dd { margin-bottom: .3rem; }
}
`;
