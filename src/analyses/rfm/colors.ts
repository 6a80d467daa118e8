import type { Class8Key } from "./class8";
import type { SegmentKey } from "./segments";

/** One colour per segment, green (best) through orange and red (slipping away) to grey (gone). */
export const SEGMENT_COLORS: Record<SegmentKey, string> = {
  champions: "#1b7837",
  loyal: "#5aae61",
  potential_loyalist: "#a6dba0",
  new: "#80cdc1",
  promising: "#c2e4ef",
  need_attention: "#fee090",
  about_to_sleep: "#fdae61",
  at_risk: "#f46d43",
  cant_lose_them: "#d73027",
  hibernating: "#bababa",
  lost: "#878787",
};

/** The 8 classes in the same spirit: high value green, slipping orange/red, general paler. */
export const CLASS8_COLORS: Record<Class8Key, string> = {
  important_value: "#1b7837",
  important_retain: "#f46d43",
  important_develop: "#5aae61",
  important_winback: "#d73027",
  general_value: "#a6dba0",
  general_retain: "#fdae61",
  general_develop: "#c2e4ef",
  general_winback: "#bababa",
};
