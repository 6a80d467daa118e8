/** One record of delimited text and the 0-based physical line it starts on. */
export interface TextRecord {
  fields: string[];
  line: number;
}

/**
 * Splits delimited text into records, honouring double quotes as read_csv does (a quote opens a field
 * only at its start, `""` inside quotes is one quote); CRLF, LF and CR all end a record. Blank lines are
 * skipped, as DuckDB skips them.
 */
export function splitRecords(text: string, delimiter: string, maxRecords = Infinity): TextRecord[] {
  const records: TextRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStart = true;
  let line = 0;
  let recordLine = 0;

  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== "") records.push({ fields, line: recordLine });
    fields = [];
    field = "";
    fieldStart = true;
  };

  for (let i = 0; i < text.length && records.length < maxRecords; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
        field += char;
      }
    } else if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (char === delimiter) {
      fields.push(field);
      field = "";
      fieldStart = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      fieldStart = false;
    }
  }
  if ((field !== "" || fields.length > 0) && records.length < maxRecords) endRecord();
  return records;
}

/** Splits lines on runs of spaces and tabs (leading and trailing blanks ignored); blank lines are skipped. */
export function splitWhitespaceRecords(text: string, maxRecords = Infinity): TextRecord[] {
  const records: TextRecord[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let line = 0; line < lines.length && records.length < maxRecords; line++) {
    const trimmed = (lines[line] as string).trim();
    if (trimmed !== "") records.push({ fields: trimmed.split(/[ \t]+/), line });
  }
  return records;
}
