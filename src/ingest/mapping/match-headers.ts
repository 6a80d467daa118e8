import { CANONICAL_FIELDS, type CanonicalField } from "../types";
import { HEADER_SYNONYMS } from "./header-synonyms";
import { headerKey, headerTokens } from "./header-tokens";

/** A header that names a field: exactly (a synonym) or partly (contains a telling word). */
export interface HeaderMatch {
  field: CanonicalField;
  column: string;
  exact: boolean;
  /** Higher = a better match among matches of the same kind. */
  strength: number;
}

const HAN = /\p{Script=Han}/u;

function containsWords(tokens: string[], words: string[]): boolean {
  return tokens.some((_, start) => words.every((word, offset) => tokens[start + offset] === word));
}

function matchOne(field: CanonicalField, column: string): HeaderMatch | null {
  const key = headerKey(column);
  const tokens = headerTokens(column);
  const { exact, contains } = HEADER_SYNONYMS[field];
  const exactIndex = exact.findIndex((synonym) => headerKey(synonym) === key);
  if (exactIndex >= 0) return { field, column, exact: true, strength: -exactIndex };
  const partial = contains.filter((word) => (HAN.test(word) ? key.includes(word) : containsWords(tokens, headerTokens(word))));
  if (partial.length === 0) return null;
  // The longest telling word is the most specific: `total quantity` is a quantity before it is a total.
  return { field, column, exact: false, strength: Math.max(...partial.map((word) => headerKey(word).length)) };
}

/** Every (field, column) pair whose header suggests the field, best first. */
export function matchHeaders(columns: string[]): HeaderMatch[] {
  const matches = CANONICAL_FIELDS.flatMap((field) => columns.map((column) => matchOne(field, column))).filter((match) => match !== null);
  return matches.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.strength - a.strength ||
      CANONICAL_FIELDS.indexOf(a.field) - CANONICAL_FIELDS.indexOf(b.field) ||
      columns.indexOf(a.column) - columns.indexOf(b.column),
  );
}
