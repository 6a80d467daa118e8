import { defineMessages } from "../i18n/catalog";

/**
 * The messages for a file larger than the page can load (src/ingest/read/size-limit.ts); {detail} is
 * "1.6 GB > 360 MB", for rows "6,000,000 > 5,500,000", for files together "130 %".
 */
export const sizeLimitMessages = defineMessages({
  en: {
    "ingestError.over_size_limit":
      "{file} is too large for this browser tab ({detail}) and was not loaded. Load a smaller extract (for example one year), or use the command-line version, which has no such limit.",
    "ingestError.over_row_limit":
      "{file} has more rows than this browser tab can hold ({detail} rows for its number of columns) and was not loaded. Load a smaller extract (for example one year), or use the command-line version, which has no such limit.",
    "ingestError.over_total_limit":
      "{file} was not loaded: together with the files already loaded it is more than this browser tab can hold ({detail} of it). Remove a file first, load a smaller extract, or use the command-line version, which has no such limit.",
  },
  "zh-Hans": {
    "ingestError.over_size_limit": "{file} 太大，本浏览器标签页无法载入（{detail}），未载入。请载入较小的导出（例如一年的数据），或使用没有此限制的命令行版本。",
    "ingestError.over_row_limit": "{file} 行数太多，本浏览器标签页无法载入（{detail} 行，按其列数计），未载入。请载入较小的导出（例如一年的数据），或使用没有此限制的命令行版本。",
    "ingestError.over_total_limit": "{file} 未载入：与已载入的文件合计超出本浏览器标签页的容量（为其 {detail}）。请先移除一个文件、载入较小的导出，或使用没有此限制的命令行版本。",
  },
  "zh-Hant": {
    "ingestError.over_size_limit": "{file} 太大，本瀏覽器分頁無法載入（{detail}），未載入。請載入較小的匯出（例如一年的資料），或使用沒有此限制的命令列版本。",
    "ingestError.over_row_limit": "{file} 列數太多，本瀏覽器分頁無法載入（{detail} 列，依其欄數計），未載入。請載入較小的匯出（例如一年的資料），或使用沒有此限制的命令列版本。",
    "ingestError.over_total_limit": "{file} 未載入：與已載入的檔案合計超出本瀏覽器分頁的容量（為其 {detail}）。請先移除一個檔案、載入較小的匯出，或使用沒有此限制的命令列版本。",
  },
});
