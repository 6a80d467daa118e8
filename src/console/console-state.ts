import { createSignal } from "solid-js";
import { setCurrentPage } from "../app/store";

/** The page id of the SQL console. */
export const CONSOLE_PAGE = "sql";

const [consoleSql, setConsoleSql] = createSignal("SELECT *\nFROM transactions\nLIMIT 100");
export { consoleSql, setConsoleSql };

/** Opens the console with a query in its editor (from a view's "Show SQL"). */
export function openInConsole(sql: string): void {
  setConsoleSql(sql);
  setCurrentPage(CONSOLE_PAGE);
}
