namespace Chitin.Audit.Reporting.Html;

/// <summary>The report's only stylesheet, inlined: system fonts, no external resources, print rules included.</summary>
internal static class HtmlStyles
{
    public const string Css = """
:root {
  --ink: #1d2330; --muted: #5d6577; --faint: #8a92a3; --line: #e2e5eb; --bg: #f3f4f7; --card: #ffffff;
  --brand: #0f2a3d; --brand-2: #16405c; --accent: #e0a34a;
  --critical: #b42318; --high: #e8590c; --medium: #e3a008; --low: #2f6fdc; --info: #8a94a6;
  --grade-a: #2f8a3e; --grade-b: #6a9a1f; --grade-c: #d69e00; --grade-d: #e8590c; --grade-f: #c4271c;
  --mono: ui-monospace, "SFMono-Regular", "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "DejaVu Sans", Arial, sans-serif;
}
code, .mono { font-family: var(--mono); font-size: .88em; }
.page { max-width: 1080px; margin: 0 auto; padding: 0 24px 48px; }
.masthead { background: linear-gradient(135deg, var(--brand), var(--brand-2)); color: #fff; }
.masthead .page { padding-top: 22px; padding-bottom: 36px; }
.brand { display: flex; align-items: center; gap: 10px; font-size: 13px; letter-spacing: .12em; text-transform: uppercase; color: #c9d6e2; }
.brand svg { flex: none; }
.brand strong { color: #fff; letter-spacing: .16em; }
.head { display: flex; gap: 32px; align-items: stretch; justify-content: space-between; margin-top: 14px; }
.head-main { min-width: 0; flex: 1; }
h1 { margin: 0 0 4px; font-size: 26px; font-weight: 650; letter-spacing: -.01em; }
.target-path { font-family: var(--mono); font-size: 14px; color: #dfe8f0; word-break: break-all; }
.meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 10px 24px; margin: 18px 0 0; }
.meta div { min-width: 0; }
.meta dt { font-size: 11px; text-transform: uppercase; letter-spacing: .08em; color: #9fb3c5; }
.meta dd { margin: 2px 0 0; font-size: 14px; color: #fff; overflow-wrap: anywhere; }
.meta .wide { grid-column: span 2; }
.scorecard { flex: none; width: 270px; background: #fff; color: var(--ink); border-radius: 12px; padding: 16px 18px;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); align-self: flex-start; display: flex; flex-direction: column; align-items: center; text-align: center; }
.scorecard .label { font-size: 11px; text-transform: uppercase; letter-spacing: .1em; color: var(--muted); }
.score-row { display: flex; align-items: center; gap: 12px; margin: 4px 0 6px; }
.score { font-size: 58px; white-space: nowrap; line-height: 1; font-weight: 750; letter-spacing: -.03em; }
.score small { font-size: 16px; font-weight: 500; color: var(--faint); letter-spacing: 0; }
.grade { width: 58px; height: 58px; border-radius: 50%; display: flex; align-items: center; justify-content: center;
  font-size: 32px; font-weight: 800; color: #fff; }
.grade-A { background: var(--grade-a); } .grade-B { background: var(--grade-b); } .grade-C { background: var(--grade-c); }
.grade-D { background: var(--grade-d); } .grade-F { background: var(--grade-f); }
.scorecard .verdict { font-size: 13px; color: var(--muted); }
.tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; margin: -18px 0 0; position: relative; }
.tile { background: var(--card); border-radius: 10px; padding: 12px 14px; border-top: 4px solid var(--info);
  box-shadow: 0 1px 3px rgba(16,24,40,.1); }
.tile .n { font-size: 28px; font-weight: 700; line-height: 1.1; }
.tile .t { font-size: 12px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
.tile.zero .n { color: #b8bec9; }
.tile.sev-critical { border-top-color: var(--critical); } .tile.sev-high { border-top-color: var(--high); }
.tile.sev-medium { border-top-color: var(--medium); } .tile.sev-low { border-top-color: var(--low); }
section.block { background: var(--card); border-radius: 12px; padding: 20px 24px; margin-top: 22px; box-shadow: 0 1px 3px rgba(16,24,40,.08); }
h2 { margin: 0 0 14px; font-size: 18px; font-weight: 650; }
h2 .count { color: var(--faint); font-weight: 500; }
.chart svg { display: block; width: 100%; height: auto; }
.chart a text:hover { text-decoration: underline; }
.chart text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
.fill-critical { fill: var(--critical); } .fill-high { fill: var(--high); } .fill-medium { fill: var(--medium); }
.fill-low { fill: var(--low); } .fill-info { fill: var(--info); }
.fill-grade-A { fill: var(--grade-a); } .fill-grade-B { fill: var(--grade-b); } .fill-grade-C { fill: var(--grade-c); }
.fill-grade-D { fill: var(--grade-d); } .fill-grade-F { fill: var(--grade-f); }
.layer { margin-top: 26px; }
.layer:first-of-type { margin-top: 4px; }
.layer-head { display: flex; align-items: baseline; gap: 12px; border-bottom: 1px solid var(--line); padding-bottom: 6px; margin-bottom: 12px; }
.layer-head h3 { margin: 0; font-size: 16px; font-weight: 650; }
.layer-head .sub { color: var(--muted); font-size: 13px; }
.layer-head .lscore { margin-left: auto; font-size: 13px; color: var(--muted); white-space: nowrap; }
.chip { display: inline-block; min-width: 34px; padding: 1px 8px; border-radius: 999px; color: #fff; font-weight: 700; font-size: 12px; text-align: center; }
.clean { color: var(--muted); font-size: 14px; margin: 0; }
.clean::before { content: "\2713"; color: var(--grade-a); font-weight: 700; margin-right: 8px; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 8px; padding: 14px 16px 12px; margin: 0 0 12px; break-inside: avoid; }
.finding.sev-critical { border-left-color: var(--critical); } .finding.sev-high { border-left-color: var(--high); }
.finding.sev-medium { border-left-color: var(--medium); } .finding.sev-low { border-left-color: var(--low); }
.finding-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 10px; }
.finding-head h4 { margin: 0; font-size: 15px; font-weight: 650; flex-basis: 100%; }
.badge { display: inline-block; padding: 2px 9px; border-radius: 4px; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; color: #fff; background: var(--info); }
.badge.sev-critical { background: var(--critical); } .badge.sev-high { background: var(--high); }
.badge.sev-medium { background: var(--medium); color: #2b2000; } .badge.sev-low { background: var(--low); }
.check-id { font-weight: 600; color: var(--brand-2); }
.tag { font-size: 11px; padding: 1px 8px; border-radius: 4px; border: 1px solid #d0a640; background: #fff7e0; color: #6b4e00; }
.detail { margin: 8px 0 10px; }
.evidence { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 0 0 10px; padding: 10px 12px; background: #f7f8fa; border-radius: 6px; font-size: 13px; }
.evidence dt { color: var(--muted); }
.evidence dd { margin: 0; min-width: 0; word-break: break-all; }
.fix { display: flex; gap: 10px; font-size: 14px; }
.fix .fix-label { flex: none; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .08em; color: var(--grade-a); padding-top: 2px; }
.fix p { margin: 0; }
table.notes { width: 100%; border-collapse: collapse; font-size: 13px; }
table.notes th, table.notes td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.notes th { font-size: 11px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); font-weight: 600; }
.note-error td:first-child { color: var(--critical); font-weight: 600; }
footer { color: var(--faint); font-size: 12px; margin-top: 26px; text-align: center; }
@media screen and (max-width: 760px) {
  .head { flex-direction: column; }
  .scorecard { width: 100%; }
  .tiles { grid-template-columns: repeat(3, 1fr); margin-top: 16px; }
  .chart { overflow-x: auto; }
  .chart svg { min-width: 640px; }
}
@page { margin: 14mm 12mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 12px; }
  .page { max-width: none; padding: 0; }
  .masthead .page { padding: 14px 16px; }
  .tiles { margin-top: 12px; }
  .tile, section.block, .scorecard { box-shadow: none; border: 1px solid var(--line); }
  section.block { padding: 12px 0 0; border: 0; }
  h2, h3, .layer-head { break-after: avoid; }
  .chart svg, .tiles, .scorecard { break-inside: avoid; }
  .finding { break-inside: avoid; }
}
""";
}
