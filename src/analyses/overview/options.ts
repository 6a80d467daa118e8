import type { AsOfOptions } from "../as-of";

/** Settings of the Overview analysis: only the as-of date so far. */
export type OverviewOptions = AsOfOptions;
