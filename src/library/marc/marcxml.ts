import { SaxesParser } from 'saxes';
import type { DataField, MarcField, MarcProblem, MarcRecord } from './record.ts';
import type { ReadResult } from './iso2709.ts';

/**
 * Reads MARCXML (MARC21 slim, with or without a namespace prefix) through a SAX parser.
 * A record that breaks the format (no leader, a field without tag) becomes a problem with its number;
 * an XML syntax error stops the file there: the records before it are read, the rest reported.
 */
export function readMarcXml(text: string): ReadResult[] {
  const out: ReadResult[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let n = 0;
  let rec: { leader: string | null; fields: MarcField[]; error: string | null } | null = null;
  let field: DataField | null = null;
  let control: { tag: string } | null = null;
  let code: string | null = null;
  let leaderOpen = false;
  let buf = '';
  const fail = (vi: string, en: string) => {
    if (rec && !rec.error) rec.error = `${vi}\u0000${en}`;
  };
  parser.on('opentag', (tag) => {
    const name = tag.local;
    const attr = (a: string) => (tag.attributes[a] as { value: string } | undefined)?.value;
    buf = '';
    if (name === 'record') {
      n += 1;
      rec = { leader: null, fields: [], error: null };
    } else if (!rec) return;
    else if (name === 'leader') leaderOpen = true;
    else if (name === 'controlfield') {
      const t = attr('tag');
      if (!t) fail('trường điều khiển thiếu nhãn (tag)', 'control field without tag');
      control = { tag: t ?? '' };
    } else if (name === 'datafield') {
      const t = attr('tag');
      if (!t || !/^[0-9A-Za-z]{3}$/.test(t)) fail('trường dữ liệu thiếu hoặc sai nhãn (tag)', 'data field with a missing or bad tag');
      field = { tag: t ?? '', ind1: (attr('ind1') ?? ' ').slice(0, 1) || ' ', ind2: (attr('ind2') ?? ' ').slice(0, 1) || ' ', subfields: [] };
    } else if (name === 'subfield') code = attr('code') ?? '';
  });
  parser.on('text', (t) => {
    buf += t;
  });
  parser.on('closetag', (tag) => {
    const name = tag.local;
    if (!rec) return;
    if (name === 'leader' && leaderOpen) {
      rec.leader = buf;
      leaderOpen = false;
    } else if (name === 'controlfield' && control) {
      rec.fields.push({ tag: control.tag, value: buf.normalize('NFC') });
      control = null;
    } else if (name === 'subfield' && field && code !== null) {
      field.subfields.push([code, buf.normalize('NFC')]);
      code = null;
    } else if (name === 'datafield' && field) {
      rec.fields.push(field);
      field = null;
    } else if (name === 'record') {
      const r = rec as { leader: string | null; fields: MarcField[]; error: string | null };
      if (!r.error && (r.leader === null || r.leader.length !== 24)) fail('thiếu đầu biểu ghi (leader) 24 ký tự', 'missing 24-character leader');
      if (!r.error && r.fields.length === 0) fail('biểu ghi không có trường nào', 'record has no fields');
      out.push(r.error ? { ok: false, problem: problem(n, r.error) } : { ok: true, record: { leader: r.leader!, fields: r.fields } satisfies MarcRecord });
      rec = null;
    }
    buf = '';
  });
  try {
    parser.write(text).close();
  } catch {
    const where = `${parser.line}:${parser.column}`;
    const at = rec ? n : n + 1;
    out.push({ ok: false, problem: problem(at, `tệp XML hỏng tại dòng ${where}, không đọc tiếp được\u0000the XML is broken at line ${where}; reading stopped`) });
  }
  return out;
}

function problem(record: number, both: string): MarcProblem {
  const [vi, en] = both.split('\u0000');
  return { record, message: `Biểu ghi số ${record}: ${vi}.`, messageEn: `Record ${record}: ${en}.` };
}
