/**
 * Encodes text as GBK or Big5 bytes without an extra package: TextDecoder only decodes, so build the
 * reverse map by decoding every two-byte sequence once.
 */
export function encodeLegacy(text: string, encoding: "gbk" | "big5"): Uint8Array {
  const table = reverseTable(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(char);
    if (!pair) throw new Error(`${encoding} cannot encode ${char}`);
    bytes.push(...pair);
  }
  return Uint8Array.from(bytes);
}

const tables = new Map<string, Map<string, [number, number]>>();

function reverseTable(encoding: string): Map<string, [number, number]> {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if ([...char].length === 1 && char !== "\ufffd" && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  tables.set(encoding, table);
  return table;
}
