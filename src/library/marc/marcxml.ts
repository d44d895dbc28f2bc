import { SaxesParser } from 'saxes';
import { UserError, type Said } from '../../core/errors.ts';
import { libraryErrors as E } from '../errors.ts';
import type { DataField, MarcField, MarcRecord } from './record.ts';
import type { ReadResult } from './iso2709.ts';

/** Levels of tags a MARCXML file may nest: a real one has about 5 (collection, record, datafield, subfield). */
export const MAX_XML_DEPTH = 64;

/** Why the parser was stopped from a handler: the whole file is refused with it. */
class Refused extends Error {
  constructor(readonly error: UserError) {
    super(error.message);
  }
}

/**
 * Reads MARCXML (MARC21 slim, with or without a namespace prefix) through a SAX parser.
 * A record that breaks the format (no leader, a field without tag) becomes a problem with its number;
 * an XML syntax error stops the file there: the records before it are read, the rest reported.
 * A file nested deeper than MAX_XML_DEPTH or declaring a DOCTYPE (entities) is refused whole, as soon as the parser
 * meets it. Namespaces are not resolved (a prefix is dropped from the name): resolving the default namespace walks
 * the open tags, which made a deep file cost the square of its depth.
 */
export function readMarcXml(text: string): ReadResult[] {
  const out: ReadResult[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  parser.on('opentagstart', () => {
    if (++depth > MAX_XML_DEPTH) throw new Refused(new UserError(E.marcXmlTooDeep({ max: MAX_XML_DEPTH, line: parser.line }), 422));
  });
  parser.on('doctype', () => {
    throw new Refused(new UserError(E.marcXmlDoctype(), 422));
  });
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
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    const attr = (a: string): string | undefined => tag.attributes[a];
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
    depth--;
    const name = local(tag.name);
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
  } catch (e) {
    if (e instanceof Refused) throw e.error;
    const where = `${parser.line}:${parser.column}`;
    const at = rec ? n : n + 1;
    out.push({ ok: false, problem: { record: at, said: E.marcXmlBroken({ n: at, where }) } });
  }
  return out;
}
