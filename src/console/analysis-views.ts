import { cohortViewSettings } from "../analyses/cohorts/view-settings";
import { buildCohortMatrixQuery } from "../analyses/cohorts/query";
import { buildGrowthAccountingQuery } from "../analyses/churn/growth-query";
import { runThresholdEvidence } from "../analyses/churn/run";
import { buildCustomerStatusQuery } from "../analyses/churn/status-query";
import { churnViewSettings } from "../analyses/churn/view-settings";
import { buildMonthlySeriesQuery, buildOverviewQuery } from "../analyses/overview/query";
import { pyramidOptionProblems } from "../analyses/pyramid/options";
import { buildMigrationQuery, buildParetoQuery, buildPyramidSummaryQuery, buildPyramidTiersQuery } from "../analyses/pyramid/query";
import { pyramidViewSettings } from "../analyses/pyramid/view-settings";
import { buildClvSummaryQuery } from "../analyses/clv/query";
import { clvViewSettings } from "../analyses/clv/view-settings";
import { buildRfmCustomersQuery } from "../analyses/rfm/customers-query";
import { rfmViewSettings } from "../analyses/rfm/view-settings";
import type { Database } from "../engine/database";
import { ident } from "../engine/sql";

/** A view the console creates over an analysis' results, with the settings the analysis view uses now. */
export interface AnalysisView {
  name: string;
  sql: string;
}

/** The analyses' results as named views: the same query builders and the same view settings as the pages. */
export async function analysisViews(db: Database, asOfDate: string): Promise<AnalysisView[]> {
  const [cohortPeriod] = cohortViewSettings().period;
  const [cohortRange] = cohortViewSettings().range;
  const [pyramidSettings] = pyramidViewSettings();
  const { period: [churnPeriod], thresholdDays: [chosenThreshold] } = churnViewSettings();
  const pyramid = { asOfDate, ...pyramidSettings() };
  const pyramidOk = pyramidOptionProblems(pyramidSettings()).length === 0;
  const migration = pyramidOk ? buildMigrationQuery(pyramid) : null;
  const rfm = rfmViewSettings();
  const rfmOptions = { asOfDate, monetary: rfm.monetary[0](), scoring: rfm.scoring[0](), segmentMap: rfm.segmentMap[0]() };
  const [clvChoices] = clvViewSettings();
  const clvSummary = { asOfDate, calibrationEnd: clvChoices().calibrationEnd ?? asOfDate, timeUnit: clvChoices().timeUnit ?? "week" };
  const thresholdDays = chosenThreshold() ?? (await runThresholdEvidence(db, { asOfDate })).default_days;

  const views: (AnalysisView | null)[] = [
    { name: "overview_metrics", sql: buildOverviewQuery({ asOfDate }) },
    { name: "overview_monthly", sql: buildMonthlySeriesQuery({ asOfDate }) },
    { name: "cohort_cells", sql: buildCohortMatrixQuery({ asOfDate, period: cohortPeriod(), firstCohort: cohortRange().first, lastCohort: cohortRange().last }) },
    pyramidOk ? { name: "pyramid_summary", sql: buildPyramidSummaryQuery(pyramid) } : null,
    pyramidOk ? { name: "pyramid_tiers", sql: buildPyramidTiersQuery(pyramid) } : null,
    pyramidOk ? { name: "pyramid_pareto", sql: buildParetoQuery(pyramid) } : null,
    migration ? { name: "pyramid_migration", sql: migration } : null,
    { name: "churn_periods", sql: buildGrowthAccountingQuery({ asOfDate, period: churnPeriod() }) },
    { name: "churn_customers", sql: buildCustomerStatusQuery({ asOfDate, thresholdDays }) },
    { name: "rfm_customers", sql: buildRfmCustomersQuery(rfmOptions) },
    clvSummary.calibrationEnd <= asOfDate ? { name: "clv_summary", sql: buildClvSummaryQuery(clvSummary) } : null,
  ];
  return views.filter((view): view is AnalysisView => view !== null);
}

/** (Re)creates the analyses' views, so they follow the current as-of date and settings. */
export async function createAnalysisViews(db: Database, asOfDate: string): Promise<string[]> {
  const views = await analysisViews(db, asOfDate);
  for (const view of views) await db.exec(`CREATE OR REPLACE TEMP VIEW ${ident(view.name)} AS\n${view.sql}`);
  return views.map((view) => view.name);
}
