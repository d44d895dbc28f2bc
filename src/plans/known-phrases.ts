import type { DB } from '../core/db/database.ts';
import { kindNames } from '../network/institutions.ts';
import { BUILT_IN_PHRASES, phraseIndex, restorePhrases, type PhraseIndex, type Restoration } from './parse/known-phrases.ts';

/**
 * The phrases the platform knows, for restoring a scan's diacritics: the reader's own (agencies,
 * provinces, the plans' vocabulary and programmes), the units of the map (`Xã Tu Mơ Rông`, and
 * `xã Tu Mơ Rông` as text writes it), the institution kinds and the titles of the plans in force.
 */
export async function knownPhrases(db: DB): Promise<PhraseIndex> {
  const [units, kinds, plans] = await Promise.all([
    db.selectFrom('units').select(['name', 'full_name']).execute(),
    kindNames(db),
    db.selectFrom('plans').select('title').where('status', '=', 'active').execute(),
  ]);
  const phrases: string[] = [...BUILT_IN_PHRASES];
  for (const u of units) {
    phrases.push(u.name);
    if (u.full_name) phrases.push(u.full_name);
    // "Huyện Đắk Hà" is written "huyện Đắk Hà" in a sentence and "Đắk Hà" alone
    const m = /^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Thị trấn|Xã|Phường)\s+(.+)$/u.exec(u.name);
    if (m) phrases.push(`${m[1]!.toLowerCase()} ${m[2]}`, m[2]!);
  }
  for (const k of kinds.values()) phrases.push(k.vi);
  for (const p of plans) phrases.push(p.title);
  return phraseIndex(phrases);
}

/** A field restored: its new text and, when anything changed, the original and what was restored. */
export interface RestoredField {
  text: string;
  original?: string;
  restorations?: Restoration[];
}

export function restoreField(text: string, index: PhraseIndex): RestoredField {
  const r = restorePhrases(text, index);
  return r.restorations.length > 0 ? { text: r.text, original: text, restorations: r.restorations } : { text };
}
