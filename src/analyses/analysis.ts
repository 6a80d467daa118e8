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
}
