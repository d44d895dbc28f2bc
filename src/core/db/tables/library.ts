import type { Generated } from 'kysely';

/** Row types of the tables owned by library/. */
// --- library (src/library) -------------------------------------------------------------------------
export interface LibRecordTable {
  id: Generated<number>;
  /** ISBN-13, digits only. */
  isbn: string | null;
  title: string;
  author: string | null;
  publisher: string | null;
  year: number | null;
  /** MARC language code, e.g. 'vie'. */
  language: string | null;
  /** 'book' | 'serial' | 'audio' | 'video' | 'map' | 'music' | 'other' */
  material: string;
  /** JSON array of subject headings. */
  subjects: string;
  /** JSON array: 'children' | 'ethnic-minority' | 'accessible'. */
  audience: string;
  notes: string | null;
  control_number: string | null;
  /** Folded title + first author word, for duplicate detection across the network. */
  dedup_key: string;
  /** 'marc' | 'form' | 'csv' | 'dc' */
  source: string;
  /** The MARC fields as JSON when imported from MARC. */
  marc: string | null;
  institution_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface LibItemTable {
  id: Generated<number>;
  record_id: number;
  barcode: string;
  /** The owning library. */
  institution_id: number;
  /** Where the copy is now (a rotation's destination while it is there). */
  at_institution_id: number;
  location: string | null;
  /** 'available' | 'on-loan' | 'in-rotation' | 'lost' | 'withdrawn' */
  status: string;
  acquired_at: string;
  /** The shelf mark readers look for, e.g. "895.922 T6253" (migration 035). */
  call_number: Generated<string | null>;
  /** The day it was withdrawn and why (migration 035); the copy is kept. */
  withdrawn_on: Generated<string | null>;
  withdrawn_reason: Generated<string | null>;
}

/** A record a library's MARC import brought in, by the fingerprint of its bytes in the file (migration 046). */
export interface LibImportFingerprintTable {
  institution_id: number;
  /** SHA-256 of the record's bytes (ISO 2709) or of its fields as read (MARCXML), base64url, 22 characters. */
  fingerprint: string;
  record_id: number;
  /** JSON array of the barcodes of the copies the record named in the file. */
  copies: string;
}

export interface LibLoanRuleTable {
  /** 0 = the network default. */
  institution_id: number;
  category: string;
  loan_days: number;
  max_loans: number;
  max_renewals: number;
  /** Days a copy set aside for a reservation waits to be collected (migration 012). */
  hold_days: Generated<number>;
  /** 1: no overdue fines for this category (migration 012). */
  fines_free: Generated<number>;
}

export interface LibPatronTable {
  id: Generated<number>;
  card_number: string;
  institution_id: number;
  user_id: number | null;
  name: string;
  category: string;
  blocked: Generated<number>;
  block_reason: string | null;
  registered_at: string;
  expires_at: string | null;
  /** The reader's phone, digits (migration 032). */
  phone: Generated<string | null>;
  /** The name folded (no marks, lower case) for the desk's search (migration 032). */
  name_key: Generated<string | null>;
  /** Where overdue notices are mailed (migration 035). */
  email: Generated<string | null>;
}

/** One-time codes a citizen shows at the desk to have a card linked to their account (migration 032). */
export interface LibLinkCodeTable {
  id: Generated<number>;
  user_id: number;
  /** sha256 of the code, hex. */
  code_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LibLoanTable {
  id: Generated<number>;
  item_id: number;
  patron_id: number;
  institution_id: number;
  out_at: string;
  due_at: string;
  returned_at: string | null;
  renewals: Generated<number>;
  trip_stop_id: number | null;
}

export interface LibHoldTable {
  id: Generated<number>;
  record_id: number;
  patron_id: number;
  institution_id: number;
  placed_at: string;
  /** 'waiting' | 'ready' | 'fulfilled' | 'cancelled' | 'expired' (not collected in time) */
  status: string;
  item_id: number | null;
  /** The last day a copy set aside ('ready') waits to be collected (migration 012); past it, the hold is 'expired'. */
  expires_at: Generated<string | null>;
}

export interface LibVisitTable {
  id: Generated<number>;
  institution_id: number;
  day: string;
  count: number;
  /** 'door' | 'sign-in' | 'trip' */
  source: string;
  patron_id: number | null;
}

export interface LibRotationTable {
  id: Generated<number>;
  from_institution_id: number;
  to_institution_id: number;
  /** 'sent' | 'received' | 'returned' */
  status: string;
  sent_at: string;
  received_at: string | null;
  returned_at: string | null;
  note: string | null;
  created_by: number | null;
}

export interface LibRotationItemTable {
  rotation_id: number;
  item_id: number;
}

export interface LibTripTable {
  id: Generated<number>;
  institution_id: number;
  day: string;
  name: string;
  created_by: number | null;
}

export interface LibTripStopTable {
  id: Generated<number>;
  trip_id: number;
  seq: number;
  place: string;
  unit_id: number | null;
  visitors: Generated<number>;
}

/** A copy a mobile-library trip carries (migration 036): loans at the trip's stops are made from these. */
export interface LibTripItemTable {
  trip_id: number;
  item_id: number;
}

export interface LibDigitalTable {
  id: Generated<number>;
  institution_id: number;
  title: string;
  creator: string | null;
  /** 'ebook' | 'audio' | 'video' | 'oer' | 'other' */
  format: string;
  url: string | null;
  file_name: string | null;
  licence: string;
  language: string | null;
  year: number | null;
  audience: string;
  subjects: string;
  created_by: number | null;
  created_at: string;
}

/** An overdue notice: one per loan and local day (migration 035). */
export interface LibNoticeTable {
  id: Generated<number>;
  loan_id: number;
  institution_id: number;
  patron_id: number;
  sent_on: string;
  sent_at: string;
  sent_by: number | null;
  overdue_days: number;
  /** The address mailed; null when printed or handed over. */
  email: string | null;
}
