import type { Analysis } from "../analysis";
import { rfmMessages } from "./messages";
import { prepareRfm } from "./view-queries";
import { RfmView } from "./RfmView";

export const rfmAnalysis: Analysis = {
  id: "rfm",
  titleKey: "rfm.title",
  messages: rfmMessages,
  View: RfmView,
  prepare: prepareRfm,
};
