import { Layout, type PageContext } from '../core/web/layout.tsx';
import type { OverdueLoan } from './circulation.ts';
import type { Place } from './places.ts';
import { PATRON_CATEGORIES } from './patrons.ts';
import { DIGITAL_FORMATS } from './digital.ts';
import type { Rotation } from './rotation.ts';

const STATUS = { sent: ['Đã gửi', 'Sent'], received: ['Đã nhận', 'Received'], returned: ['Đã trả về', 'Returned'] } as const;

function Field(props: { id: string; label: string; name: string; type?: string; required?: boolean; value?: string }) {
  return (
    <p>
      <label for={props.id}>{props.label}</label>
      <br />
      <input id={props.id} name={props.name} type={props.type ?? 'text'} required={props.required} value={props.value} />
    </p>
  );
}

/** The librarian's desk: lend, take back, renew, catalogue, import MARC, cards, visits, rotation, mobile trips, overdue loans. */
export function deskView(p: { ctx: PageContext; lib: Place; rotations: Rotation[]; late: OverdueLoan[]; dests: { id: number; name: string }[]; notice: string | null }) {
  const { ctx, lib } = p;
  const en = ctx.lang === 'en';
  const L = (vi: string, e: string) => (en ? e : vi);
  const action = (path: string) => `/thu-vien/${encodeURIComponent(lib.code)}${path}`;
  const csrf = <input type="hidden" name="_csrf" value={ctx.csrf} />;
  return (
    <Layout ctx={ctx} title={`${L('Quầy thư viện', 'Library desk')} · ${lib.name}`}>
      <h1>{lib.name}</h1>
      <p><a href="/tra-cuu">{L('Tra cứu mục lục', 'Search the catalogue')}</a> · <a href={`/co-so/${encodeURIComponent(lib.code)}`}>{L('Số liệu thống kê', 'Statistics')}</a> · <a href={action('/quy-dinh-muon')}>{L('Quy định mượn', 'Loan rules')}</a></p>
      {p.notice ? <p class="ok" role="status">{p.notice}</p> : null}
      <div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))">
        <section aria-labelledby="lend-h">
          <h2 id="lend-h">{L('Cho mượn', 'Lend')}</h2>
          <form method="post" action={action('/muon')}>{csrf}
            <Field id="lend-barcode" name="barcode" label={L('Mã vạch sách', 'Item barcode')} required />
            <Field id="lend-card" name="card" label={L('Số thẻ bạn đọc', 'Library card')} required />
            <button class="primary" type="submit">{L('Cho mượn', 'Lend')}</button>
          </form>
        </section>
        <section aria-labelledby="return-h">
          <h2 id="return-h">{L('Nhận trả, gia hạn', 'Return, renew')}</h2>
          <form method="post" action={action('/tra')}>{csrf}
            <Field id="return-barcode" name="barcode" label={L('Mã vạch sách trả', 'Barcode returned')} required />
            <button class="primary" type="submit">{L('Nhận trả', 'Take back')}</button>
          </form>
          <form method="post" action={action('/gia-han')}>{csrf}
            <Field id="renew-barcode" name="barcode" label={L('Mã vạch sách gia hạn', 'Barcode to renew')} required />
            <button type="submit">{L('Gia hạn', 'Renew')}</button>
          </form>
        </section>
        <section aria-labelledby="import-h">
          <h2 id="import-h">{L('Nhập biểu ghi MARC', 'Import MARC records')}</h2>
          <form method="post" action={action('/nhap-marc')} enctype="multipart/form-data">{csrf}
            <p><label for="marc-file">{L('Tệp MARC 21 (ISO 2709 hoặc MARCXML)', 'MARC 21 file (ISO 2709 or MARCXML)')}</label><br /><input id="marc-file" name="file" type="file" required /></p>
            <fieldset>
              <legend>{L('Khi có biểu ghi lỗi', 'When a record is broken')}</legend>
              <label><input type="radio" name="onError" value="skip" checked /> {L('Bỏ qua biểu ghi lỗi, nhập tiếp', 'Skip it and go on')}</label><br />
              <label><input type="radio" name="onError" value="reject" /> {L('Không nhập cả tệp', 'Reject the whole file')}</label>
            </fieldset>
            <button class="primary" type="submit">{L('Nhập', 'Import')}</button>
          </form>
        </section>
        <section aria-labelledby="rotation-h">
          <h2 id="rotation-h">{L('Luân chuyển sách', 'Book rotation')}</h2>
          <form method="post" action={action('/luan-chuyen')}>{csrf}
            <p><label for="rot-to">{L('Nơi nhận', 'Destination')}</label><br />
              <select id="rot-to" name="to" required>{p.dests.map((d) => <option value={String(d.id)}>{d.name}</option>)}</select></p>
            <p><label for="rot-barcodes">{L('Mã vạch (mỗi dòng một mã)', 'Barcodes (one a line)')}</label><br /><textarea id="rot-barcodes" name="barcodes" rows={4} required></textarea></p>
            <button class="primary" type="submit">{L('Gửi đợt luân chuyển', 'Send the batch')}</button>
          </form>
          {p.rotations.length ? (
            <table>
              <caption>{L('Các đợt luân chuyển', 'Rotation batches')}</caption>
              <thead><tr><th scope="col">#</th><th scope="col">{L('Nơi nhận', 'To')}</th><th scope="col">{L('Bản', 'Items')}</th><th scope="col">{L('Trạng thái', 'Status')}</th><th scope="col"><span class="muted">{L('Thao tác', 'Action')}</span></th></tr></thead>
              <tbody>
                {p.rotations.slice(0, 20).map((r) => (
                  <tr>
                    <td>{r.id}</td><td>{r.toName}</td><td>{r.items}</td><td>{STATUS[r.status][en ? 1 : 0]}</td>
                    <td>{r.status !== 'returned' ? (
                      <form method="post" action={action(`/luan-chuyen/${r.id}/${r.status === 'sent' ? 'nhan' : 'tra'}`)}>{csrf}<button type="submit">{r.status === 'sent' ? L(`Xác nhận đã nhận #${r.id}`, `Mark #${r.id} received`) : L(`Trả về #${r.id}`, `Bring #${r.id} back`)}</button></form>
                    ) : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
        <section aria-labelledby="catalogue-h">
          <h2 id="catalogue-h">{L('Biên mục một biểu ghi', 'Catalogue one record')}</h2>
          <form method="post" action={action('/bien-muc')}>{csrf}
            <Field id="cat-title" name="title" label={L('Nhan đề', 'Title')} required />
            <Field id="cat-author" name="author" label={L('Tác giả', 'Author')} />
            <Field id="cat-isbn" name="isbn" label="ISBN" />
            <Field id="cat-publisher" name="publisher" label={L('Nhà xuất bản', 'Publisher')} />
            <Field id="cat-year" name="year" label={L('Năm xuất bản', 'Year')} />
            <Field id="cat-language" name="language" label={L('Ngôn ngữ (vie, eng…)', 'Language (vie, eng…)')} value="vie" />
            <Field id="cat-subjects" name="subjects" label={L('Chủ đề (cách nhau bởi ;)', 'Subjects (separated by ;)')} />
            <fieldset><legend>{L('Đối tượng', 'Audience')}</legend>
              <label><input type="checkbox" name="audience" value="children" /> {L('Thiếu nhi', 'Children')}</label><br />
              <label><input type="checkbox" name="audience" value="ethnic-minority" /> {L('Tiếng dân tộc thiểu số', 'Ethnic-minority language')}</label><br />
              <label><input type="checkbox" name="audience" value="accessible" /> {L('Định dạng dễ tiếp cận', 'Accessible format')}</label>
            </fieldset>
            <Field id="cat-barcodes" name="barcodes" label={L('Mã vạch các bản (để trống: tự tạo một mã)', 'Copy barcodes (empty: one is made)')} />
            <button class="primary" type="submit">{L('Lưu biểu ghi', 'Save record')}</button>
          </form>
        </section>
        <section aria-labelledby="patron-h">
          <h2 id="patron-h">{L('Cấp thẻ bạn đọc', 'Issue a library card')}</h2>
          <form method="post" action={action('/ban-doc')}>{csrf}
            <Field id="pat-card" name="card" label={L('Số thẻ', 'Card number')} required />
            <Field id="pat-name" name="name" label={L('Họ tên', 'Name')} required />
            <p><label for="pat-cat">{L('Loại bạn đọc', 'Category')}</label><br />
              <select id="pat-cat" name="category">{Object.entries(PATRON_CATEGORIES).map(([k, v]) => <option value={k}>{en ? v.en : v.vi}</option>)}</select></p>
            <Field id="pat-expires" name="expires" type="date" label={L('Hạn thẻ', 'Expires')} />
            <button type="submit">{L('Cấp thẻ', 'Issue')}</button>
          </form>
          <h2>{L('Lượt bạn đọc đến thư viện', 'Visits')}</h2>
          <form method="post" action={action('/luot')}>{csrf}
            <Field id="vis-day" name="day" type="date" label={L('Ngày', 'Day')} />
            <Field id="vis-count" name="count" type="number" label={L('Số lượt (máy đếm cửa hoặc sổ ký)', 'Count (door counter or sign-in)')} required />
            <button type="submit">{L('Ghi lượt', 'Record')}</button>
          </form>
        </section>
        <section aria-labelledby="trip-h">
          <h2 id="trip-h">{L('Chuyến thư viện lưu động', 'Mobile-library trip')}</h2>
          <form method="post" action={action('/luu-dong')}>{csrf}
            <Field id="trip-day" name="day" type="date" label={L('Ngày', 'Day')} required />
            <Field id="trip-name" name="name" label={L('Tên chuyến', 'Name')} />
            <p><label for="trip-stops">{L('Điểm dừng (mỗi dòng một điểm)', 'Stops (one a line)')}</label><br /><textarea id="trip-stops" name="stops" rows={3} required></textarea></p>
            <button type="submit">{L('Ghi chuyến', 'Record trip')}</button>
          </form>
        </section>
        <section aria-labelledby="digital-h">
          <h2 id="digital-h">{L('Tài nguyên số, học liệu mở', 'Digital resources')}</h2>
          <form method="post" action={action('/tai-nguyen-so')}>{csrf}
            <Field id="dig-title" name="title" label={L('Nhan đề', 'Title')} required />
            <Field id="dig-creator" name="creator" label={L('Tác giả, người biên soạn', 'Creator')} />
            <p><label for="dig-format">{L('Loại', 'Format')}</label><br />
              <select id="dig-format" name="format">{Object.entries(DIGITAL_FORMATS).map(([k, v]) => <option value={k}>{en ? v.en : v.vi}</option>)}</select></p>
            <Field id="dig-url" name="url" type="url" label={L('Đường dẫn (https://…)', 'Link (https://…)')} required />
            <Field id="dig-licence" name="licence" label={L('Giấy phép (ví dụ CC BY 4.0)', 'Licence (e.g. CC BY 4.0)')} required />
            <Field id="dig-language" name="language" label={L('Ngôn ngữ (vie, hmn…)', 'Language (vie, hmn…)')} value="vie" />
            <Field id="dig-year" name="year" label={L('Năm', 'Year')} />
            <fieldset><legend>{L('Đối tượng', 'Audience')}</legend>
              <label><input type="checkbox" name="audience" value="children" /> {L('Thiếu nhi', 'Children')}</label><br />
              <label><input type="checkbox" name="audience" value="ethnic-minority" /> {L('Tiếng dân tộc thiểu số', 'Ethnic-minority language')}</label><br />
              <label><input type="checkbox" name="audience" value="accessible" /> {L('Cho người khiếm thị, định dạng dễ tiếp cận', 'Accessible format')}</label>
            </fieldset>
            <button type="submit">{L('Thêm tài nguyên', 'Add resource')}</button>
          </form>
        </section>
      </div>
      <h2>{L('Sách quá hạn', 'Overdue loans')}</h2>
      {p.late.length ? (
        <table>
          <thead><tr><th scope="col">{L('Mã vạch', 'Barcode')}</th><th scope="col">{L('Nhan đề', 'Title')}</th><th scope="col">{L('Bạn đọc', 'Reader')}</th><th scope="col">{L('Hạn trả', 'Due')}</th><th scope="col">{L('Số ngày', 'Days')}</th></tr></thead>
          <tbody>{p.late.map((l) => <tr><td>{l.barcode}</td><td>{l.title}</td><td>{l.patron} ({l.card})</td><td>{l.dueAt}</td><td>{l.days}</td></tr>)}</tbody>
        </table>
      ) : <p>{L('Không có sách quá hạn.', 'No overdue loans.')}</p>}
    </Layout>
  );
}
