/** True when a piece of SQL holds nothing but whitespace and comments. */
function isBlank(sql: string): boolean {
  return sql.replace(/--[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "").trim() === "";
}

/**
 * Splits SQL text into statements at semicolons outside 'strings', "identifiers", -- line and block comments.
 * Blank or comment-only pieces are dropped; each statement keeps its own comments.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let index = 0;
  while (index < sql.length) {
    const char = sql[index];
    const next = sql[index + 1];
    if (char === "'" || char === '"') {
      const close = sql.indexOf(char, index + 1);
      // a doubled quote inside a string is just the next string's opening: the loop handles it
      index = close === -1 ? sql.length : close + 1;
    } else if (char === "-" && next === "-") {
      const end = sql.indexOf("\n", index);
      index = end === -1 ? sql.length : end + 1;
    } else if (char === "/" && next === "*") {
      const end = sql.indexOf("*/", index + 2);
      index = end === -1 ? sql.length : end + 2;
    } else if (char === ";") {
      statements.push(sql.slice(start, index));
      start = ++index;
    } else {
      index++;
    }
  }
  statements.push(sql.slice(start));
  return statements.filter((statement) => !isBlank(statement)).map((statement) => statement.trim());
}
