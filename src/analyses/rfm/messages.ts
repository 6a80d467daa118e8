import { mergeCatalogs } from "../../i18n/catalog";
import { rfmSegmentMessages } from "./segment-messages";
import { rfmUiMessages } from "./ui-messages";

/** Every message of the RFM analysis. */
export const rfmMessages = mergeCatalogs([rfmUiMessages, rfmSegmentMessages]);
