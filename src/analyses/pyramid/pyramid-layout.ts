import { RANKED_TIERS, type PyramidTier } from "./types";

/** One band of the drawn pyramid: its outline (clockwise from top left) and where its labels go. */
export type PyramidBand = {
  tier: PyramidTier;
  points: [x: number, y: number][];
  /** Centre of the band (the revenue share is written there). */
  centerX: number;
  centerY: number;
  /** Middle of the band's right edge, where the leader line to the label starts. */
  edgeX: number;
  labelX: number;
};

export type PyramidLayout = { width: number; height: number; bands: PyramidBand[] };

const BAND_HEIGHT = 62;
const INACTIVE_GAP = 18;
const MARGIN = 10;

/**
 * Four stacked trapezoids of equal height, narrowest on top, whose sides lie on one pair of straight lines
 * (so together they form a pyramid with a flat tip), then Inactive as a separate band below the base.
 */
export function pyramidLayout(width: number): PyramidLayout {
  const baseWidth = Math.max(160, Math.min(420, width * 0.48));
  const tipWidth = baseWidth * 0.1;
  const middle = MARGIN + baseWidth / 2;
  const labelX = MARGIN + baseWidth + 36;
  const halfWidthAt = (level: number) => (tipWidth + ((baseWidth - tipWidth) * level) / RANKED_TIERS.length) / 2;

  const bands: PyramidBand[] = RANKED_TIERS.map((tier, index) => {
    const top = MARGIN + index * BAND_HEIGHT;
    const bottom = top + BAND_HEIGHT;
    const upper = halfWidthAt(index);
    const lower = halfWidthAt(index + 1);
    return {
      tier,
      points: [
        [middle - upper, top],
        [middle + upper, top],
        [middle + lower, bottom],
        [middle - lower, bottom],
      ],
      centerX: middle,
      centerY: (top + bottom) / 2,
      edgeX: middle + (upper + lower) / 2,
      labelX,
    };
  });

  const inactiveTop = MARGIN + RANKED_TIERS.length * BAND_HEIGHT + INACTIVE_GAP;
  const inactiveBottom = inactiveTop + BAND_HEIGHT * 0.75;
  const half = baseWidth / 2;
  bands.push({
    tier: "inactive",
    points: [
      [middle - half, inactiveTop],
      [middle + half, inactiveTop],
      [middle + half, inactiveBottom],
      [middle - half, inactiveBottom],
    ],
    centerX: middle,
    centerY: (inactiveTop + inactiveBottom) / 2,
    edgeX: middle + half,
    labelX,
  });
  return { width, height: inactiveBottom + MARGIN, bands };
}
