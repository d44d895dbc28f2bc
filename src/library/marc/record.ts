import type { Said } from '../../core/errors.ts';

/** A MARC record as read from ISO 2709 or MARCXML: leader, control fields and data fields, text in Unicode NFC. */
export interface ControlField {
  tag: string;
  value: string;
}
export interface DataField {
  tag: string;
  ind1: string;
  ind2: string;
  subfields: [code: string, value: string][];
}
export type MarcField = ControlField | DataField;

export interface MarcRecord {
  leader: string;
  fields: MarcField[];
}

export const isControl = (f: MarcField): f is ControlField => 'value' in f;

/** The data fields with one of the tags. */
export function dataFields(r: MarcRecord, ...tags: string[]): DataField[] {
  return r.fields.filter((f): f is DataField => !isControl(f) && tags.includes(f.tag));
}

export function controlField(r: MarcRecord, tag: string): string | undefined {
  return r.fields.find((f): f is ControlField => isControl(f) && f.tag === tag)?.value;
}

/** The first value of a subfield in the first field with the tag. */
export function subfield(r: MarcRecord, tag: string, code: string): string | undefined {
  for (const f of dataFields(r, tag)) for (const [c, v] of f.subfields) if (c === code) return v;
  return undefined;
}

/** A record that could not be read: its number in the file (from 1) and why (a `libraryErrors` entry, both languages). */
export interface MarcProblem {
  record: number;
  said: Said;
}
