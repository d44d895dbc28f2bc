/** The whole stylesheet: small enough to inline, so a page is one request on a 3G phone. */
export const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1a1a1a;background:#fafaf7}
a{color:#0b4f8a}a:focus,button:focus,input:focus,select:focus,summary:focus{outline:3px solid #e0a800;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:9}
header{background:#7a1b12;color:#fff;padding:8px 16px;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center}
header a{color:#fff}header .brand{font-weight:700;font-size:1.1rem;text-decoration:none}
header nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}
header form{display:inline;margin:0}header button{background:none;border:1px solid #fff;color:#fff;border-radius:4px;padding:2px 8px;cursor:pointer;font:inherit}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.95rem}
th,td{border:1px solid #d5d5cf;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#efefe8}td.num{text-align:right;font-variant-numeric:tabular-nums}
.light{display:inline-block;padding:0 6px;border-radius:4px;font-size:.85rem;white-space:nowrap}
.met{background:#d6f0d6;color:#14521b}.near{background:#fff1c2;color:#6b4a00}.behind{background:#fbd5d2;color:#8a1710}
.no-data,.no-target{background:#ececec;color:#444}.sent{background:#dbe8f6;color:#0b3d6b}
.bar{display:inline-block;width:4em;height:.6em;background:#ececec;border-radius:3px;vertical-align:middle;overflow:hidden}.bar>span{display:block;height:100%}
.bar-full{background:#2e7d32}.bar-part{background:#c48a00}.bar-low{background:#c0392b}.below-line{display:block}
form.confirm{margin:12px 0}.returned-notice{background:#fff8e1;border-left:4px solid #c48a00;padding:4px 12px;margin:12px 0}.returned-notice blockquote{margin:0 0 0 8px;font-style:italic}
.crumbs{font-size:.9rem;margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px}
.crumbs li+li:before{content:"›";margin-right:4px}
.muted{color:#555;font-size:.9rem}
.error{background:#fbd5d2;border:1px solid #c0392b;padding:8px 12px;border-radius:4px}
.field-error{display:block;color:#8a1710;font-weight:600}
.ok{background:#d6f0d6;border:1px solid #2e7d32;padding:8px 12px;border-radius:4px}
.handover{border:1px solid #d5d5cf;background:#fff;padding:4px 12px 8px;margin:12px 0}.handover h2{margin:.5rem 0}.handover h3{font-size:1rem;margin:.75rem 0 .25rem}
td.gone{color:#444;font-style:italic}
.notice{background:#e8f0f8;border-left:4px solid #0b4f8a;padding:8px 12px;margin:8px 0}.notice p{margin:.25rem 0}
form.inline{display:flex;flex-wrap:wrap;gap:8px;align-items:end}.item-actions form.inline{display:inline-flex;margin:2px 4px 2px 0}
label{display:block;font-weight:600;margin:.25rem 0}
input,select,button,textarea{font:inherit;padding:4px 8px}select{max-width:100%}form.inline>div{max-width:100%}
button.primary{background:#0b4f8a;color:#fff;border:0;border-radius:4px;padding:6px 14px;cursor:pointer}
.scroll{overflow-x:auto;max-width:100%;margin-bottom:8px;position:relative}.scroll:focus{outline:3px solid #e0a800}
.grid table{width:auto}.grid input{width:6.5em;text-align:right}
.grid th:first-child{position:sticky;left:0;z-index:1;min-width:9em;max-width:14em;box-shadow:1px 0 0 #d5d5cf}
.grid .field-error{max-width:9em;font-size:.85rem}
.warn{background:#fff1c2;border:1px solid #8a6100;padding:8px 12px;border-radius:4px}
.field-warn{display:block;color:#5c4100;background:#fff1c2;border-left:4px solid #8a6100;padding:2px 6px;margin:4px 0;font-size:.85rem}
.grid td.warned{min-width:14em}@media(max-width:480px){.grid td.warned{min-width:12em}}.grid td.warned textarea{display:block;width:100%;font:inherit;font-size:.9rem}.grid td.warned label{font-size:.85rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
a.mark{margin-left:2px;text-decoration:none;font-size:.9rem}
.row-notes{margin:0;font-size:.8rem}.row-notes summary{cursor:pointer;color:#0b4f8a}.row-notes a{display:inline-block;margin:0 6px 2px 0}
fieldset.attr{border:1px solid #d5d5cf;background:#fff;margin:0 0 8px;padding:8px 12px}fieldset.attr legend{font-weight:600;padding:0 4px}
.attr-fields{display:grid;gap:4px 16px}.attr-fields input:not([type=file]),.attr-fields select{width:100%;max-width:100%}.attr-fields input[type=file]{max-width:100%}.attr-fields p{margin:.25rem 0}
@media(min-width:760px){.attr-fields{grid-template-columns:12em 1fr 1fr}}
.rule-form input:not([type=checkbox]),.rule-form select{width:100%;max-width:36em}.rule-form .muted{margin:0 0 4px}
.follow-ups{list-style:none;padding:0}.follow-ups li{background:#fff;border:1px solid #d5d5cf;padding:8px 12px;margin:0 0 8px}.follow-ups .comment{white-space:pre-wrap;margin:.25rem 0}
.chart svg{max-width:100%;height:auto}.chart-narrow{display:none}@media (max-width:560px){.chart-wide{display:none}.chart-narrow{display:block}}
details{margin:.5rem 0}
form.narrative .field{margin:0 0 12px}form.narrative textarea{display:block;width:100%;box-sizing:border-box;font:inherit;line-height:1.5;padding:6px 8px;resize:vertical}
form.narrative input[inputmode=decimal]{width:12em;max-width:100%;text-align:right}.actions{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
@media(max-width:640px){table.cards,table.cards>tbody,table.cards>tbody>tr,table.cards>tbody>tr>th,table.cards>tbody>tr>td{display:block;width:auto}table.cards>caption{display:block;text-align:left;font-weight:600}
table.cards>thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}table.cards{background:none}table.cards>tbody>tr{background:#fff;border:1px solid #d5d5cf;margin:0 0 8px}
table.cards>tbody>tr>th,table.cards>tbody>tr>td{border:0;border-top:1px solid #ececec;overflow-wrap:anywhere}table.cards>tbody>tr>:first-child{border-top:0}
table.cards [data-label]:before{content:attr(data-label) ": ";font-weight:600}table.cards td.num{text-align:left}}
.flush{margin:0}.hint{display:block}.grow{flex:1 1 18em;min-width:0;max-width:36em}.grow input{width:100%}fieldset.formats{border:0;padding:0;margin:0;background:none}fieldset.formats legend{font-weight:600;padding:0}fieldset.formats label{display:inline-block;font-weight:normal;margin-right:12px}
fieldset.choices{border:0;padding:0;margin:0 0 8px}fieldset.choices legend{font-weight:600;padding:0}fieldset.choices label{font-weight:normal}fieldset.choices input{width:auto;margin-right:6px}
footer{max-width:1100px;margin:2rem auto;padding:0 16px;color:#555;font-size:.85rem}
fieldset.checks{border:1px solid #d5d5cf;background:#fff;margin:0 0 12px;padding:4px 8px;max-height:18em;overflow-y:auto}fieldset.checks legend{font-weight:600}fieldset.checks label{display:block;font-weight:normal;margin:2px 0}
.analysis-form input[list]{width:100%;max-width:32em}figure.chart-figure{margin:16px 0}figure.chart-figure figcaption{font-weight:600}table.pivot td.num{white-space:nowrap}table.pivot tbody td:not(.num):not(.gone){min-width:12em}table.pivot th[scope=row]{min-width:7em}
.map-layout{display:grid;gap:16px;align-items:start}.map-layout>*{min-width:0}@media(min-width:900px){.map-layout{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}}figure.map{margin:0}svg.choropleth{width:100%;height:auto;display:block;background:#f4f8fb}svg.choropleth path{stroke:#6b6b66;stroke-width:.4}svg.choropleth text.islands{font-size:9px;fill:#333;text-anchor:middle}svg.choropleth text.end{text-anchor:end}.map-legend h2{font-size:1rem;margin:.5rem 0 .25rem}.map-legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}.swatch{display:inline-block;width:1em;height:1em;border:1px solid #777;vertical-align:middle}.rank-bar{display:inline-block;width:6em;height:.7em;background:#f0f0ea;vertical-align:middle}.rank-bar>span{display:block;height:100%}table.ranked td.num{white-space:nowrap}
.drill-caption{text-align:left;font-weight:600;padding:4px 0}th[aria-sort]>a{font-weight:700}table.drill td.num{white-space:nowrap}table.drill thead th{min-width:8em}
@media print{header,footer,form,.skip,.no-print,nav{display:none!important}main{max-width:none;padding:0}body{background:#fff;font-size:10.5pt}.scroll{overflow:visible}a{color:inherit;text-decoration:none}tr,.chart,figure{break-inside:avoid}h2{break-after:avoid}.light{border:1px solid #777}}
`.replace(/\n/g, '');

/** Plan review: the document beside the extracted items on wide screens, stacked on phones. */
export const REVIEW_CSS =
  `.review{display:grid;gap:16px}.review>*{min-width:0}@media(min-width:900px){.review{grid-template-columns:1fr 1fr}.review-doc{position:sticky;top:0;max-height:100vh;overflow:auto}}
pre.doc{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.5 system-ui,sans-serif;background:#fff;border:1px solid #d5d5cf;padding:8px}
mark{background:#fff1c2}mark.restored{background:#e3dcf7}.restored-note{border-left:3px solid #8a74c9;padding:0 8px;margin:0 0 8px}.restored-note p{margin:2px 0}fieldset label.wide,fieldset label.block{display:block}fieldset label.wide input{width:100%}.add-target textarea{width:100%;box-sizing:border-box}mark.m-target{background:#d6f0d6}mark.m-task{background:#dbe8f6}mark a{color:inherit}
fieldset{border:1px solid #d5d5cf;margin:0 0 8px;background:#fff;min-width:0}.review select,.review input,.review fieldset label{max-width:100%}fieldset label{display:inline-block;margin-right:8px;font-weight:normal}
.choice label{font-weight:600}.reader-notes{border-left:3px solid #c9a227;background:#fffbea;padding:4px 12px;margin:0 0 12px}.reader-notes h2{font-size:1rem;margin:.4rem 0}.reader-notes ul{margin:.2rem 0 .4rem;padding-left:1.2em}ol.results-read{padding-left:1.4em}ol.results-read li{margin:4px 0;overflow-wrap:anywhere}ol.results-read form{display:inline}`.replace(
    /\n/g,
    '',
  );
