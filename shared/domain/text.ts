import * as z from 'zod/mini';

// What every text the user types goes through before it is stored (SPEC §7 "bad input gets a clear message"):
// Unicode NFC, so the same name typed on two keyboards is the same name, and without the invisible characters
// that make two names look alike or text display backwards. Joiners used inside words and emoji (U+200C, U+200D)
// are kept: Persian, Indic scripts and emoji sequences need them.

/**
 * Zero-width space, word joiner and invisible operators, byte order mark, the directional marks, and the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can reverse how text displays.
 */
const INVISIBLE = /[\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The text in NFC without the invisible characters above. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** A zod check that cleans the text in place: put it first, before trimming and length checks. */
export const cleaned = () => z.overwrite(cleanText);

/** Whether a name has something to read: at least one letter or digit in any script. */
export function hasReadableCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
