import type { Analysis } from "../analysis";
import { rfmMessages } from "./messages";
import { prepareRfmTables } from "./prepare";
import { RfmView } from "./RfmView";

export const rfmAnalysis: Analysis = {
  id: "rfm",
  titleKey: "rfm.title",
  messages: rfmMessages,
  View: RfmView,
  prepare: prepareRfmTables,
};
