// What windows-1252 (and, on the web, "latin1") puts at 0x80–0x9F; the other bytes equal their code point.
// 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and stay as they are, as the WHATWG standard says.
const C1_CHARACTERS = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ";

/**
 * Decodes windows-1252 by the WHATWG table. Node 20.18.3+ decodes 0x80–0x9F as Latin-1 control characters
 * (https://github.com/nodejs/node/issues/60888), so the command line would lose €, “ ” and –.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes).replace(/[\x80-\x9f]/g, (char) => C1_CHARACTERS[char.charCodeAt(0) - 0x80] as string);
}
