import type { Analysis } from "../analysis";
import { materializeRfmTables } from "./materialize";
import { rfmMessages } from "./messages";
import { RfmView } from "./RfmView";
import { rfmViewSettings } from "./view-settings";

export const rfmAnalysis: Analysis = {
  id: "rfm",
  titleKey: "rfm.title",
  messages: rfmMessages,
  View: RfmView,
  // The per-customer tables (the distinct-order count and three ranks) for the monetary definition in use.
  prepare: (db, asOfDate, dataVersion) => materializeRfmTables(db, { asOfDate, monetary: rfmViewSettings().monetary[0]() }, dataVersion),
};
