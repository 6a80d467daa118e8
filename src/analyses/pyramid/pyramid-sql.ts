import type { PyramidOptions } from "./options";
import { buildCustomerListQuery, buildMigrationQuery, buildParetoQuery, buildPyramidSummaryQuery, buildPyramidTiersQuery } from "./query";
import type { CustomerSelection } from "./types";

/** Every query behind the view, each headed by its translated title, for the "show SQL" panel. */
export function pyramidSql(options: PyramidOptions, selection: CustomerSelection | null, translate: (key: string) => string): string {
  const sections: [string, string | null][] = [
    ["pyramid.sql.summary", buildPyramidSummaryQuery(options)],
    ["pyramid.sql.tiers", buildPyramidTiersQuery(options)],
    ["pyramid.sql.pareto", buildParetoQuery(options)],
    ["pyramid.sql.migration", buildMigrationQuery(options)],
    ["pyramid.sql.list", selection ? buildCustomerListQuery(options, selection) : null],
  ];
  return sections
    .flatMap(([title, sql]) => (sql === null ? [] : [`-- ${translate(title)}\n${sql};`]))
    .join("\n\n");
}
