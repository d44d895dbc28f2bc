import { SaxesParser } from 'saxes';
import type { Said } from '../../core/errors.ts';
import { libraryErrors as E } from '../messages.ts';
import type { DataField, MarcField, MarcRecord } from './record.ts';
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
  let rec: { leader: string | null; fields: MarcField[]; error: Said | null } | null = null;
  let field: DataField | null = null;
  let control: { tag: string } | null = null;
  let code: string | null = null;
  let leaderOpen = false;
  let buf = '';
  const fail = (said: (p: { n: number }) => Said) => {
    if (rec && !rec.error) rec.error = said({ n });
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
      if (!t) fail(E.marcControlNoTag);
      control = { tag: t ?? '' };
    } else if (name === 'datafield') {
      const t = attr('tag');
      if (!t || !/^[0-9A-Za-z]{3}$/.test(t)) fail(E.marcDataBadTag);
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
      const r = rec as { leader: string | null; fields: MarcField[]; error: Said | null };
      if (!r.error && (r.leader === null || r.leader.length !== 24)) fail(E.marcNoLeader);
      if (!r.error && r.fields.length === 0) fail(E.marcNoFields);
      out.push(
        r.error ? { ok: false, problem: { record: n, said: r.error } } : { ok: true, record: { leader: r.leader!, fields: r.fields } satisfies MarcRecord },
      );
      rec = null;
    }
    buf = '';
  });
  try {
    parser.write(text).close();
  } catch {
    const where = `${parser.line}:${parser.column}`;
    const at = rec ? n : n + 1;
    out.push({ ok: false, problem: { record: at, said: E.marcXmlBroken({ n: at, where }) } });
  }
  return out;
}
