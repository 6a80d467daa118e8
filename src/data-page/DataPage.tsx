import { createMemo, For, Show } from "solid-js";
import { locale, t } from "../i18n/i18n";
import { applyMapping, loadSample, mappingDirty, progress, report, sources } from "../app/store";
import { StoragePanel } from "../persistence/StoragePanel";
import { FileDrop } from "./FileDrop";
import { QualityReportPanel } from "./QualityReportPanel";
import { SAMPLES, sampleFile } from "./samples";
import { SourceCard } from "./SourceCard";

/** Step 1: load files (or a sample), map their columns, read the quality report. */
export function DataPage(props: { onOpenOverview: () => void }) {
  // Cards are keyed by table, not by source object: a mapping edit replaces the object, and re-creating the
  // card would close its panels and take the focus from the select the user just changed.
  const tables = createMemo(() => sources().map((source) => source.raw.table), [], { equals: (a, b) => a.join("\n") === b.join("\n") });
  const sourceOf = (table: string) => sources().find((source) => source.raw.table === table);
  return (
    <div class="data-page">
      <div class="load-row">
        <FileDrop />
        <div class="card samples">
          <h2>{t("data.samplesTitle")}</h2>
          <For each={SAMPLES}>
            {(sample) => (
              <div class="sample">
                <button type="button" data-testid={`sample-${sample.id}`} disabled={progress() !== null} onClick={() => {
                  const file = sampleFile(sample, locale());
                  void loadSample(file.url, file.fileName);
                }}>
                  {t(`sample.${sample.id}`)}
                </button>
                <p class="muted">{t(`sample.${sample.id}.description`)}</p>
              </div>
            )}
          </For>
        </div>
      </div>
      <For each={tables()}>{(table) => <Show when={sourceOf(table)}>{(source) => <SourceCard source={source()} />}</Show>}</For>
      <Show when={mappingDirty()}>
        <div class="apply-bar">
          <span>{t("mapping.changed")}</span>
          <button type="button" class="primary" data-testid="apply-mapping" onClick={() => void applyMapping()}>
            {t("mapping.apply")}
          </button>
        </div>
      </Show>
      <QualityReportPanel />
      <StoragePanel />
      <Show when={report() && !mappingDirty()}>
        <div class="next">
          <button type="button" class="primary" data-testid="open-overview" onClick={() => props.onOpenOverview()}>
            {t("data.openOverview")}
          </button>
        </div>
      </Show>
    </div>
  );
}
