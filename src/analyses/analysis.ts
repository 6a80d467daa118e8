import type { Component } from "solid-js";
import type { Database } from "../engine/database";
import type { MessageCatalog } from "../i18n/catalog";

/** What every analysis view receives: the database and the settings shared by all views. */
export interface AnalysisViewProps {
  db: Database;
  /** ISO `YYYY-MM-DD`. */
  asOfDate: string;
  /** Changes whenever the canonical `transactions` table is rebuilt. */
  dataVersion: number;
}

/** One analysis: its page in the app. Adding an analysis = its folder + one line in registry.ts. */
export interface Analysis {
  id: string;
  /** i18n key of the tab title. */
  titleKey: string;
  messages: MessageCatalog;
  View: Component<AnalysisViewProps>;
  /**
   * The costly first step of the view, done ahead after each (re)build while the page is idle, so the view
   * opens fast. It must be cached by its arguments, so a view opened meanwhile waits for the same work
   * instead of repeating it. Errors are left for the view to show.
   */
  prepare?: (db: Database, asOfDate: string, dataVersion: number) => Promise<unknown>;
}
