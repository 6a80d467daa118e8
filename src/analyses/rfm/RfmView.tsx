import { createEffect, createMemo, createSignal, For, on, Show } from "solid-js";
import type { AnalysisViewProps } from "../analysis";
import { t } from "../../i18n/i18n";
import { userMessage } from "../../app/user-error";
import { SqlPanel } from "../../ui/SqlPanel";
import { downloadCsv } from "../../ui/download";
import { createQuery } from "../../ui/use-query";
import { isClass8Key } from "./class8";
import type { CustomerFilter } from "./customers-query";
import { CustomerList } from "./CustomerList";
import { CustomerPanel } from "./CustomerPanel";
import { DistributionCharts } from "./DistributionCharts";
import { CUSTOMER_CSV_COLUMNS, customerCsvRows } from "./export-rows";
import { MapSection } from "./MapSection";
import { materializeRfmTables, materializeScoredTables } from "./materialize";
import { class8Label, segmentLabel } from "./names";
import { defaultRfmOptions, type RfmOptions, type ScoreThresholds, type ScoringMethod } from "./options";
import { RfmDefinitions } from "./RfmDefinitions";
import { RfmNotes } from "./RfmNotes";
import { RfmSettings } from "./RfmSettings";
import { runRfmCustomers, suggestThresholds } from "./run";
import { ScoreRangesSection } from "./ScoreRangesTable";
import { isSegmentKey } from "./segments";
import { SegmentsSection } from "./SegmentsSection";
import { rfmViewSettings } from "./view-settings";
import { rfmSqlText } from "./sql-text";
import { LIST_LIMIT, rfmViewQueries } from "./view-queries";

/** The RFM view: settings, segment summary, editable map and heatmaps, score ranges, distributions, customer lists and "why". */
export function RfmView(props: AnalysisViewProps) {
  const { monetary: [monetary, setMonetary], scoring: [scoring, setScoring], segmentMap: [segmentMap, setSegmentMap], scheme: [scheme, setScheme] } = rfmViewSettings();
  // cut points typed earlier (or restored from a settings link) come back when thresholds are chosen again
  const initialScoring = scoring();
  const [lastThresholds, setLastThresholds] = createSignal<ScoreThresholds | null>(initialScoring.method === "thresholds" ? initialScoring.thresholds : null);
  const [selection, setSelection] = createSignal<CustomerFilter>({ kind: "all" });
  const [customerId, setCustomerId] = createSignal<string | null>(null);
  const [actionError, setActionError] = createSignal<unknown>(null);

  const options = createMemo((): RfmOptions => ({ asOfDate: props.asOfDate, monetary: monetary(), scoring: scoring(), segmentMap: segmentMap() }));
  const tablesFor = (current: RfmOptions, version: number) => materializeRfmTables(props.db, current, version);
  const scoredTablesFor = (current: RfmOptions, version: number) => materializeScoredTables(props.db, current, version);

  // Each query is keyed on what it depends on, so editing the map does not recompute the distributions.
  const population = createQuery(
    () => ({ asOfDate: props.asOfDate, monetary: monetary(), version: props.dataVersion }),
    (key) => rfmViewQueries.population(props.db, key.asOfDate, key.monetary, key.version),
  );
  const ranges = createQuery(
    () => ({ options: { ...defaultRfmOptions(props.asOfDate), monetary: monetary(), scoring: scoring() }, version: props.dataVersion }),
    (key) => rfmViewQueries.ranges(props.db, key.options, key.version),
  );
  const segments = createQuery(
    () => ({ options: options(), scheme: scheme(), version: props.dataVersion }),
    (key) => rfmViewQueries.segments(props.db, key.options, key.scheme, key.version),
  );
  const list = createQuery(
    () => ({ options: options(), filter: selection(), version: props.dataVersion }),
    (key) => rfmViewQueries.list(props.db, key.options, key.filter, key.version),
  );

  createEffect(on(scheme, () => setSelection({ kind: "all" }), { defer: true }));
  createEffect(on(() => props.dataVersion, () => setCustomerId(null), { defer: true }));

  const suggest = async (): Promise<ScoreThresholds> => suggestThresholds(props.db, options(), await tablesFor(options(), props.dataVersion));
  const chooseScoring = async (method: ScoringMethod) => {
    if (method !== "thresholds") return setScoring({ method });
    try {
      const thresholds = lastThresholds() ?? (await suggest());
      setLastThresholds(thresholds);
      setScoring({ method, thresholds });
    } catch (error) {
      setActionError(error);
    }
  };
  const applyThresholds = (thresholds: ScoreThresholds) => {
    setLastThresholds(thresholds);
    setScoring({ method: "thresholds", thresholds });
  };

  const selectionTitle = () => {
    const current = selection();
    switch (current.kind) {
      case "segment":
        return t("rfm.list.titleOf", { selection: segmentLabel(current.segment) });
      case "class8":
        return t("rfm.list.titleOf", { selection: class8Label(current.class8) });
      case "cell":
        return t("rfm.list.titleOf", { selection: t("rfm.list.cell", { r: current.r, fm: current.fm }) });
      default:
        return t("rfm.list.title");
    }
  };
  const selectionTotal = () => {
    const current = selection();
    if (current.kind === "segment" || current.kind === "class8") {
      const key = current.kind === "segment" ? current.segment : current.class8;
      return segments()?.summary.find((row) => row.segment === key)?.customers;
    }
    if (current.kind === "cell") return segments()?.cells.find((cell) => cell.r_score === current.r && cell.fm_score === current.fm)?.customers;
    return population()?.stats.customers;
  };
  const selectGroup = (key: string) => {
    if (isClass8Key(key)) setSelection({ kind: "class8", class8: key });
    else if (isSegmentKey(key)) setSelection({ kind: "segment", segment: key });
  };
  const selectedGroup = () => {
    const current = selection();
    return current.kind === "segment" ? current.segment : current.kind === "class8" ? current.class8 : null;
  };

  const download = async (fileName: string, run: () => Promise<Record<string, unknown>[]>, columns?: readonly string[]) => {
    try {
      downloadCsv(fileName, await run(), columns ? [...columns] : undefined);
    } catch (error) {
      setActionError(error);
    }
  };
  const downloadList = () =>
    download(
      "rfm-customers.csv",
      async () => customerCsvRows(await runRfmCustomers(props.db, options(), selection(), undefined, await scoredTablesFor(options(), props.dataVersion)), { segment: segmentLabel, class8: class8Label }),
      CUSTOMER_CSV_COLUMNS,
    );

  const sql = () =>
    rfmSqlText(options(), scheme(), selection(), {
      note: t("rfm.sql.note"),
      customers: t("rfm.sql.customers"),
      stats: t("rfm.sql.stats"),
      ranges: t("rfm.sql.ranges"),
      summary: t("rfm.sql.summary"),
      cells: t("rfm.sql.cells"),
      distribution: t("rfm.sql.distribution"),
    });
  const errors = () => [population.error, ranges.error, segments.error, list.error, actionError()].filter(Boolean);

  return (
    <div class="rfm" data-testid="rfm" aria-busy={population.loading || ranges.loading || segments.loading || list.loading ? "true" : "false"}>
      <p class="rfm-intro">{t("rfm.intro")}</p>
      <RfmSettings
        monetary={monetary()}
        scoring={scoring()}
        scheme={scheme()}
        onMonetary={setMonetary}
        onScoringMethod={(method) => void chooseScoring(method)}
        onThresholds={applyThresholds}
        onSuggestThresholds={() => void suggest().then(applyThresholds, setActionError)}
        onScheme={setScheme}
      />
      <For each={errors()}>{(error) => <p class="error">{userMessage(error)}</p>}</For>
      <Show when={population()} fallback={<p class="muted">{t("common.loading")}</p>}>
        {(current) => <RfmNotes stats={current().stats} />}
      </Show>
      <Show when={segments()}>
        {(current) => <SegmentsSection rows={current().summary} scheme={current().scheme} stats={population()?.stats} selected={selectedGroup()} onSelect={selectGroup} />}
      </Show>
      <MapSection map={segmentMap()} cells={segments()?.cells} onChange={setSegmentMap} onSelectCell={(r, fm) => setSelection({ kind: "cell", r, fm })} />
      <Show when={ranges()}>{(current) => <ScoreRangesSection rows={current()} />}</Show>
      <Show when={population()}>{(current) => <DistributionCharts bins={current().distributions} ranges={ranges() ?? []} />}</Show>

      <div class="rfm-customers">
        <CustomerList
          title={selectionTitle()}
          rows={list()}
          limit={LIST_LIMIT}
          total={selectionTotal()}
          selectedCustomer={customerId()}
          canShowAll={selection().kind !== "all"}
          onShowAll={() => setSelection({ kind: "all" })}
          onDownload={() => void downloadList()}
          onSelectCustomer={setCustomerId}
        />
        <Show when={customerId()}>
          {(id) => (
            <CustomerPanel
              db={props.db}
              options={options()}
              dataVersion={props.dataVersion}
              customerId={id()}
              stats={population()?.stats}
              scoreRanges={ranges()}
              onClose={() => setCustomerId(null)}
            />
          )}
        </Show>
      </div>

      <RfmDefinitions monetary={monetary()} />
      <SqlPanel sql={sql()} />
    </div>
  );
}
