import classroomTraditionalUrl from "../../sample-data/classroom-traditional.csv?url";
import classroomUrl from "../../sample-data/classroom.csv?url";
import smallShopUrl from "../../sample-data/small-shop.csv?url";
import type { Locale } from "../i18n/locales";

interface Sample {
  id: "small-shop" | "classroom";
  fileName: string;
  url: string;
  /** The same data with Traditional Chinese headers, loaded when the page is in 繁體中文. */
  traditional?: { fileName: string; url: string };
}

/** The bundled sample data sets, served as files of our own origin. */
export const SAMPLES: Sample[] = [
  { id: "small-shop", fileName: "small-shop.csv", url: smallShopUrl },
  {
    id: "classroom",
    fileName: "classroom.csv",
    url: classroomUrl,
    traditional: { fileName: "classroom-traditional.csv", url: classroomTraditionalUrl },
  },
];

/** The file of a sample to load in the given language. */
export function sampleFile(sample: Sample, locale: Locale): { fileName: string; url: string } {
  return locale === "zh-Hant" && sample.traditional ? sample.traditional : sample;
}
