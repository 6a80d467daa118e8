import { t } from "../../i18n/i18n";
import { isClass8Key, type Class8Key } from "./class8";
import { CLASS8_COLORS, SEGMENT_COLORS } from "./colors";
import type { SegmentScheme } from "./options";
import type { SegmentKey } from "./segments";

/** A segment's name in the current language. */
export const segmentLabel = (key: SegmentKey): string => t(`rfm.segment.${key}`);

/** A class of the 8-class scheme in the current language (English keeps the Chinese name beside it). */
export const class8Label = (key: Class8Key): string => t(`rfm.class8.${key}`);

/** Name, colour and advice of a summary row's key in a scheme. */
export function groupLook(scheme: SegmentScheme, key: string): { name: string; color: string; help: string } {
  if (scheme === "cn8" && isClass8Key(key)) return { name: class8Label(key), color: CLASS8_COLORS[key], help: t(`rfm.class8.${key}.help`) };
  const segment = key as SegmentKey;
  return { name: segmentLabel(segment), color: SEGMENT_COLORS[segment] ?? "#999", help: t(`rfm.segment.${segment}.help`) };
}
