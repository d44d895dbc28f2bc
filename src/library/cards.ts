import { randomInt } from 'node:crypto';

/**
 * Library card numbers. A card identifies a person, so a new number must not be guessable from another one:
 * `TV` + 10 random characters + 1 check character, from Crockford's base-32 alphabet (digits and capitals
 * without I, L, O, U: nothing to misread at the desk), e.g. `TV7K3M9Q2XHR4`. 50 random bits make guessing
 * hopeless; the check character (Luhn mod 32) catches any one mistyped character and any two
 * neighbours swapped but 0 ↔ Z. Short, and
 * only characters every barcode symbology (Code 39, Code 128) prints. Existing cards keep their numbers.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = ALPHABET.length;
const PREFIX = 'TV';
const RANDOM = 10;

/** The Luhn mod N check character of a string of the alphabet's characters. */
export function cardCheck(body: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    const code = ALPHABET.indexOf(body[i]!);
    if (code < 0) throw new Error(`Not a card character: ${body[i]}`);
    const addend = factor * code;
    sum += Math.floor(addend / N) + (addend % N);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(N - (sum % N)) % N]!;
}

/** A new card number: random, with its check character. */
export function newCardNumber(): string {
  let body = '';
  for (let i = 0; i < RANDOM; i++) body += ALPHABET[randomInt(N)];
  return `${PREFIX}${body}${cardCheck(body)}`;
}

/** Whether a card number of the random form is intact (its check character matches); other forms: undefined. */
export function cardIntact(card: string): boolean | undefined {
  const m = new RegExp(`^${PREFIX}([${ALPHABET}]{${RANDOM}})([${ALPHABET}])$`).exec(card);
  return m ? cardCheck(m[1]!) === m[2] : undefined;
}

/** A card number as shown to those who may not know whose it is: its last three characters. */
export const maskCard = (card: string): string => `…${card.slice(-3)}`;
