import type { Database } from "../../engine/database";
import { sharedResult } from "../view-results";
import type { CustomerFilter } from "./customers-query";
import { materializeRfmTables, materializeScoredTables } from "./materialize";
import { defaultRfmOptions, type RfmOptions, type SegmentScheme } from "./options";
import { runRfmCustomers, runRfmPopulation, runScoreRanges, runSegments } from "./run";
import type { RfmCustomerRow, RfmResult, ScoreRangeRow } from "./types";
import { rfmViewSettings } from "./view-settings";

/** Rows a customer list shows; one more is fetched to know there are more. */
export const LIST_LIMIT = 100;

/**
 * The queries of the RFM view, each keyed on what it depends on (editing the map does not recompute the
 * distributions). Results are keyed by the temp tables they read (new names for every build); `prepareRfm`
 * runs the first-open ones after a build, so opening the view reads them here.
 */
export const rfmViewQueries = {
  /** Stats and distributions: depend on the as-of date and the monetary definition. */
  async population(db: Database, asOfDate: string, monetary: RfmOptions["monetary"], dataVersion: number): Promise<Pick<RfmResult, "stats" | "distributions">> {
    const options = { ...defaultRfmOptions(asOfDate), monetary };
    const tables = await materializeRfmTables(db, options, dataVersion);
    return sharedResult(db, `rfm|population|${tables.ranked}`, () => runRfmPopulation(db, options, tables));
  },
  /** Each score's value range: changes with the scoring too. */
  async ranges(db: Database, options: RfmOptions, dataVersion: number): Promise<ScoreRangeRow[]> {
    const scoringOnly = { ...defaultRfmOptions(options.asOfDate), monetary: options.monetary, scoring: options.scoring };
    const tables = await materializeRfmTables(db, scoringOnly, dataVersion);
    return sharedResult(db, `rfm|ranges|${tables.ranked}|${JSON.stringify(options.scoring)}`, () => runScoreRanges(db, scoringOnly, tables));
  },
  /** The segment (or class) summary and the 25 cells: change with the map and the scheme too. */
  async segments(db: Database, options: RfmOptions, scheme: SegmentScheme, dataVersion: number): Promise<Pick<RfmResult, "summary" | "cells"> & { scheme: SegmentScheme }> {
    const tables = await materializeScoredTables(db, options, dataVersion);
    // the scheme travels with its rows, so a summary still on screen while the next loads keeps its own names
    return sharedResult(db, `rfm|segments|${tables.scored}|${scheme}`, async () => ({ ...(await runSegments(db, options, scheme, tables)), scheme }));
  },
  /** The first LIST_LIMIT + 1 customers of a filter. */
  async list(db: Database, options: RfmOptions, filter: CustomerFilter, dataVersion: number): Promise<RfmCustomerRow[]> {
    const tables = await materializeScoredTables(db, options, dataVersion);
    return sharedResult(db, `rfm|list|${tables.scored}|${JSON.stringify(filter)}`, () => runRfmCustomers(db, options, filter, LIST_LIMIT + 1, tables));
  },
};

/**
 * Analysis.prepare: the view's first open, done ahead after a build: the per-customer tables (distinct orders,
 * three ranks, scores and segments) and the first queries, for the settings in use, every customer listed.
 */
export async function prepareRfm(db: Database, asOfDate: string, dataVersion: number): Promise<void> {
  const settings = rfmViewSettings();
  const options: RfmOptions = { asOfDate, monetary: settings.monetary[0](), scoring: settings.scoring[0](), segmentMap: settings.segmentMap[0]() };
  await rfmViewQueries.population(db, asOfDate, options.monetary, dataVersion);
  await rfmViewQueries.ranges(db, options, dataVersion);
  await rfmViewQueries.segments(db, options, settings.scheme[0](), dataVersion);
  await rfmViewQueries.list(db, options, { kind: "all" }, dataVersion);
}
