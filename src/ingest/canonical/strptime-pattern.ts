const FIELD_PATTERNS: Record<string, string> = {
  "%Y": String.raw`\d{4}`,
  "%y": String.raw`\d{2}`,
  "%m": String.raw`\d{1,2}`,
  "%d": String.raw`\d{1,2}`,
  "%H": String.raw`\d{1,2}`,
  "%I": String.raw`\d{1,2}`,
  "%M": String.raw`\d{2}`,
  "%S": String.raw`\d{2}`,
  "%f": String.raw`\d{1,6}`,
  "%p": "[AaPp][Mm]",
};

/**
 * The regex (unanchored) of exactly the text a strptime format reads. It guards try_strptime, whose
 * `%Y` also reads `24` as the year 24 and whose failed attempts are slow.
 */
export function strptimePattern(format: string): string {
  return format.replace(/%[a-zA-Z]|\s+|[^%\s]/g, (token) => {
    if (token.startsWith("%")) {
      const pattern = FIELD_PATTERNS[token];
      if (pattern === undefined) throw new Error(`Unsupported strptime field ${token}`);
      return pattern;
    }
    if (/^\s+$/.test(token)) return String.raw`\s+`;
    return token.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  });
}
