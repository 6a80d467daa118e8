import { For } from "solid-js";
import type { ConsoleResult } from "./run-console-query";
import { consoleCellText } from "./run-console-query";

/** The first rows of a console result as a plain table. */
export function ConsoleResultTable(props: { result: ConsoleResult }) {
  return (
    <div class="console-table">
      <table data-testid="console-result">
        <thead>
          <tr>
            <For each={props.result.columns}>{(column) => <th title={column.type ?? undefined}>{column.name}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.result.rows}>
            {(row) => (
              <tr>
                <For each={props.result.columns}>
                  {(column) => <td classList={{ num: typeof row[column.name] === "number" && column.type !== "DATE" }}>{consoleCellText(row[column.name], column.type)}</td>}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
