import type { FullReport } from './document.ts';
import { documentText } from './messages.ts';
import { outline } from './sections.ts';
import { ContentTable } from './content-table.tsx';

/** Print CSS: A4 with the decree's margins, Times New Roman 13 pt; the screen view mirrors the paper. */
const PRINT_CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.35; color: #000; background: #fff; max-width: 165mm; margin: 1rem auto; }
table.form { width: 100%; border-collapse: collapse; } table.form td { vertical-align: top; text-align: center; border: 0; }
.issuer b, .title b { display: block; } .motto { text-decoration: underline; font-weight: bold; }
.date { font-style: italic; } h1 { font-size: 14pt; text-align: center; margin: 1.2em 0 0; } .subject { text-align: center; font-weight: bold; font-size: 14pt; margin: 0 0 1em; }
h2 { font-size: 13pt; margin: .8em 0 .3em; } p.body { text-indent: 10mm; text-align: justify; margin: .2em 0; }
table.data { width: 100%; border-collapse: collapse; font-size: 11pt; margin: .3em 0 .8em; page-break-inside: auto; }
table.data th, table.data td { border: 1px solid #000; padding: 2px 4px; } table.data td.n { text-align: right; } caption { text-align: left; font-weight: bold; padding: .3em 0; }
.recipients { text-align: left; font-size: 11pt; } .recipients p { margin: 0; } .sign b { display: block; }
.no-print { margin: 1em 0; font-family: system-ui, sans-serif; font-size: 11pt; }
@media print { .no-print { display: none; } body { margin: 0; max-width: none; } tr { page-break-inside: avoid; } }`;

/** The decree's form is Vietnamese, whoever prints it. */
const D = documentText('vi');

export function ReportPrint({ f, back }: { f: FullReport; back?: string }) {
  const m = f.meta;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <title>{D.fileTitle({ unit: f.report.unit.name, year: f.report.year })}</title>
        <style>{PRINT_CSS}</style>
      </head>
      <body>
        {back ? (
          <nav class="no-print" aria-label={D.printNav}>
            <a href={back}>{D.backToReport}</a> · {D.printHint}
          </nav>
        ) : null}
        <main>
          <table class="form" role="presentation">
            <tr>
              <td class="issuer">
                {m.issuer.split('\n').map((t) => (
                  <b>{t}</b>
                ))}
                <span>———</span>
                <br />
                {m.number}
              </td>
              <td class="title">
                <b>{D.nationalTitle}</b>
                <span class="motto">{D.motto}</span>
                <br />
                <br />
                <span class="date">{`${m.place}, ${m.dateText}`}</span>
              </td>
            </tr>
          </table>
          <h1>{D.report}</h1>
          <p class="subject">{m.subject}</p>
          {outline(f.content, f.report.narrative).map((b) =>
            b.type === 'heading' ? <h2>{b.text}</h2> : b.type === 'para' ? <p class="body">{b.text}</p> : <ContentTable block={b} class="data" numbers />,
          )}
          <table class="form" role="presentation">
            <tr>
              <td class="recipients">
                <p>
                  <b>
                    <i>{D.recipients}</i>
                  </b>
                </p>
                {m.recipients.map((r) => (
                  <p>{r}</p>
                ))}
              </td>
              <td class="sign">
                {m.signatureTitle.map((t) => (
                  <b>{t}</b>
                ))}
                {m.signerName ? (
                  <>
                    <br />
                    <br />
                    <br />
                    <b>{m.signerName}</b>
                  </>
                ) : (
                  <i>{D.signHere}</i>
                )}
              </td>
            </tr>
          </table>
        </main>
      </body>
    </html>
  );
}

export const reportHtml = (f: FullReport): string => `<!doctype html>${(<ReportPrint f={f} />).toString()}`;
