import { startsWithBytes } from "./bytes";
import { decodeWindows1252 } from "./windows-1252";

/** Text as UTF-8 bytes (what DuckDB's read_csv expects) plus the encoding the file was written in. */
export interface DecodedText {
  /** UTF-8 without a byte-order mark; for a file that already was UTF-8 these are the caller's own bytes. */
  bytes: Uint8Array;
  /** WHATWG name of the source encoding: "utf-8", "utf-16le", "gb18030", "big5", "windows-1252", "macintosh" … */
  encoding: string;
}

// Frequent characters of Chinese text and of customer files (headers, surnames); the two lists differ
// where simplified and traditional forms differ, so the right legacy decoding scores higher.
const COMMON_SIMPLIFIED = new Set(
  "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长" +
    "客户编号订单日期金额数量价格产品类别渠道区域名称姓电话址邮箱员消费总计王李张刘陈杨黄赵吴周徐孙马朱胡郭林何高罗郑梁谢宋唐",
);
const COMMON_TRADITIONAL = new Set(
  "的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長" +
    "客戶編號訂單日期金額數量價格產品類別渠道區域名稱姓電話址郵箱員消費總計王李張劉陳楊黃趙吳周徐孫馬朱胡郭林何高羅鄭梁謝宋唐",
);
const HAN = /\p{Script=Han}/u;
const SCORE_SAMPLE_CHARS = 200_000;
// Random bytes read as GB18030 / Big5 almost never land on the frequent list; real Chinese text does.
const MIN_CHINESE_SCORE = 0.02;
const VALIDATION_CHUNK = 1 << 16;

/** Detects the encoding of text bytes (BOM, UTF-8, GB18030, Big5, Western single-byte) and returns UTF-8 bytes. */
export function decodeText(bytes: Uint8Array, encodingLabel?: string): DecodedText {
  if (encodingLabel !== undefined) return decodeAs(bytes, new TextDecoder(encodingLabel).encoding);
  if (startsWithBytes(bytes, [0xef, 0xbb, 0xbf])) return decodeAs(bytes, "utf-8");
  if (startsWithBytes(bytes, [0xff, 0xfe])) return decodeAs(bytes, "utf-16le");
  if (startsWithBytes(bytes, [0xfe, 0xff])) return decodeAs(bytes, "utf-16be");
  if (isValidUtf8(bytes)) return { bytes, encoding: "utf-8" };
  const chinese = decodeChinese(bytes);
  if (chinese) return { bytes: new TextEncoder().encode(chinese.text), encoding: chinese.encoding };
  return decodeAs(bytes, westernSingleByteEncoding(bytes));
}

/** Whether a label names an encoding this browser can decode ("gbk", "big5", "latin1", "utf-8" …). */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function decodeAs(bytes: Uint8Array, encoding: string): DecodedText {
  if (encoding === "utf-8") {
    const withoutBom = startsWithBytes(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (isValidUtf8(withoutBom)) return { bytes: withoutBom, encoding };
  }
  // TextDecoder drops a matching BOM itself and replaces undecodable bytes with U+FFFD.
  const text = encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  return { bytes: new TextEncoder().encode(text), encoding };
}

/**
 * Whether the bytes are UTF-8. Streaming in small chunks validates a large file without building one huge
 * string; the ASCII part at the start (all of most customer files) is skipped four bytes at a time, a quarter
 * of the decoder's time.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    for (let start = asciiPrefixLength(bytes); start < bytes.length; start += VALIDATION_CHUNK) {
      decoder.decode(bytes.subarray(start, start + VALIDATION_CHUNK), { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** How many bytes at the start are ASCII, counted in whole aligned 4-byte words (a lower bound is enough). */
function asciiPrefixLength(bytes: Uint8Array): number {
  const skip = (4 - (bytes.byteOffset % 4)) % 4;
  if (bytes.length < skip + 4 || bytes.subarray(0, skip).some((byte) => byte >= 0x80)) return 0;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + skip, (bytes.length - skip) >> 2);
  let index = 0;
  while (index < words.length && (words[index]! & 0x80808080) === 0) index++;
  return skip + index * 4;
}

function decodeChinese(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  const candidates = [
    { encoding: "gb18030", common: COMMON_SIMPLIFIED },
    { encoding: "big5", common: COMMON_TRADITIONAL },
  ].flatMap(({ encoding, common }) => {
    const text = decodeStrictly(bytes, encoding);
    return text === undefined ? [] : [{ text, encoding, score: commonHanShare(text, common) }];
  });
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  return best && best.score >= MIN_CHINESE_SCORE ? best : undefined;
}

function decodeStrictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function commonHanShare(text: string, common: Set<string>): number {
  let han = 0;
  let hits = 0;
  for (const char of text.slice(0, SCORE_SAMPLE_CHARS)) {
    if (!HAN.test(char)) continue;
    han++;
    if (common.has(char)) hits++;
  }
  return han === 0 ? 0 : hits / han;
}

const LOWERCASE = /\p{Ll}/u;
const SINGLE_BYTE_SAMPLE = 4 << 20;

/**
 * windows-1252 unless the file reads better as Mac Roman (classic Mac / Excel for Mac "CSV (Macintosh)"
 * exports): a byte between letters should decode to a lowercase letter, as ö in "Französisch" does.
 */
function westernSingleByteEncoding(bytes: Uint8Array): "windows-1252" | "macintosh" {
  const high = Uint8Array.from({ length: 128 }, (_, index) => 0x80 + index);
  const windows = [...decodeWindows1252(high)];
  const mac = [...new TextDecoder("macintosh").decode(high)];
  let windowsLetters = 0;
  let macLetters = 0;
  const end = Math.min(bytes.length - 1, SINGLE_BYTE_SAMPLE);
  for (let i = 1; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80 || !isAsciiLetter(bytes[i - 1] as number) || !isAsciiLowercase(bytes[i + 1] as number)) continue;
    if (LOWERCASE.test(windows[byte - 0x80] ?? "")) windowsLetters++;
    if (LOWERCASE.test(mac[byte - 0x80] ?? "")) macLetters++;
  }
  return macLetters > windowsLetters ? "macintosh" : "windows-1252";
}

function isAsciiLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || isAsciiLowercase(byte);
}

function isAsciiLowercase(byte: number): boolean {
  return byte >= 0x61 && byte <= 0x7a;
}
