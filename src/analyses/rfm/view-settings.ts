import { useViewSetting } from "../../app/view-settings";
import { cutpointsProblem, RFM_MEASURES, type MonetaryDefinition, type Scoring, type SegmentScheme } from "./options";
import { DEFAULT_SEGMENT_MAP, isSegmentMap, type SegmentMap } from "./segments";

const isScoring = (value: unknown): boolean => {
  const scoring = value as Partial<Scoring> | null;
  if (scoring?.method === "quantile" || scoring?.method === "mean") return true;
  if (scoring?.method !== "thresholds" || typeof scoring.thresholds !== "object" || scoring.thresholds === null) return false;
  const thresholds = scoring.thresholds as Record<string, unknown>;
  return RFM_MEASURES.every((measure) => Array.isArray(thresholds[measure]) && cutpointsProblem(thresholds[measure] as number[]) === null);
};

/** The RFM view's settings (kept for links, files and storage): monetary definition, scoring, segment map and scheme. */
export function rfmViewSettings() {
  return {
    monetary: useViewSetting<MonetaryDefinition>("rfm", "monetary", "total", (value) => value === "total" || value === "mean"),
    scoring: useViewSetting<Scoring>("rfm", "scoring", { method: "quantile" }, isScoring),
    segmentMap: useViewSetting<SegmentMap>("rfm", "segmentMap", DEFAULT_SEGMENT_MAP, isSegmentMap),
    scheme: useViewSetting<SegmentScheme>("rfm", "scheme", "segments", (value) => value === "segments" || value === "cn8"),
  };
}
