import type { Analysis } from "../analysis";
import { preparePyramid } from "./view-queries";
import { pyramidMessages } from "./messages";
import { PyramidView } from "./PyramidView";

export const pyramidAnalysis: Analysis = {
  id: "pyramid",
  titleKey: "pyramid.title",
  messages: pyramidMessages,
  View: PyramidView,
  prepare: preparePyramid,
};
