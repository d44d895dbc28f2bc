import { documentTexts } from '../search/text.ts';
import type { DocumentTexts } from '../search/types.ts';
import type { Bib } from './bib.ts';

/** The text of a catalogue record's search document: its title, author, subjects, and publisher, ISBN and notes as the body. */
export function bookText(b: Bib): { title: string; creator: string | null; subjects: string[]; body: string } {
  return { title: b.title, creator: b.author, subjects: b.subjects, body: [b.publisher, b.isbn, b.notes].filter(Boolean).join(' · ') };
}

/** Its words as the search index keeps them: worked out where the record is read (a MARC import's reading thread). */
export const bookWords = (b: Bib): DocumentTexts => documentTexts(bookText(b));
