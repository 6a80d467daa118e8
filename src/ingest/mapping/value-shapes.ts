// Mirrors of the SQL parsers (src/ingest/canonical), loose enough to tell what a column holds.
const TIME = String.raw`(?:[T\s]*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?Z?)?`;
const DATES = [
  String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`,
  String.raw`\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})`,
  String.raw`\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]`,
  String.raw`(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])`,
].map((date) => new RegExp(`^${date}${TIME}$`));

const CURRENCY = /[¥￥$€£₩₹元円圓\s\u00a0\u3000']|USD|CNY|RMB|EUR|GBP|JPY|HKD|TWD|NTD|NT|AUD|CAD|SGD|CHF/gi;
const NUMBER = /^[-+(]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?\)?-?$|^[-+]?\d+,\d{1,2}$/;

/** True when the text is a date (with or without a time) the date parser reads; Excel serials are left out. */
export function looksLikeDate(value: string): boolean {
  const text = value.trim();
  return DATES.some((pattern) => pattern.test(text));
}

/** True when the text is an amount the amount parser reads. */
export function looksLikeNumber(value: string): boolean {
  return NUMBER.test(value.replace(CURRENCY, ""));
}

const DECIMAL = /\.\d+\)?-?$|^[-+]?\d+,\d{1,2}$/;

/** True when the number has a fractional part written out (`29.33`, `12,50`, `12.00`). */
export function hasDecimals(value: string): boolean {
  return DECIMAL.test(value.replace(CURRENCY, ""));
}
