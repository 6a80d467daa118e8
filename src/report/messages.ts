import { defineMessages } from "../i18n/catalog";

/** Strings of the printable report. */
export const reportMessages = defineMessages({
  en: {
    "report.open": "Printable report",
    "report.choose": "Views in the report",
    "report.print": "Print / save as PDF",
    "report.hint": "The printout leaves out buttons, settings and SQL panels. Choose “Save as PDF” as the printer for a PDF file.",
    "report.title": "Customer analytics report",
    "report.asOf": "As of {date}",
    "report.asOfMeaning": "Rows dated up to and including the as-of date are used; “now”-relative figures count days to it.",
    "report.files": "Data: {files}.",
    "report.rows": "{read} rows read, {used} used.",
    "report.nothingChosen": "Choose at least one view for the report.",
  },
  "zh-Hans": {
    "report.open": "打印报告",
    "report.choose": "报告包含的视图",
    "report.print": "打印 / 另存为 PDF",
    "report.hint": "打印时会省略按钮、设置和 SQL 面板。选择“另存为 PDF”作为打印机即可得到 PDF 文件。",
    "report.title": "客户分析报告",
    "report.asOf": "分析日期：{date}",
    "report.asOfMeaning": "只使用日期不晚于分析日期的记录；与“现在”相关的数字都按到该日期的天数计算。",
    "report.files": "数据：{files}。",
    "report.rows": "读取 {read} 行，使用 {used} 行。",
    "report.nothingChosen": "请至少选择一个视图放入报告。",
  },
  "zh-Hant": {
    "report.open": "列印報告",
    "report.choose": "報告包含的檢視",
    "report.print": "列印 / 另存為 PDF",
    "report.hint": "列印時會省略按鈕、設定和 SQL 面板。選擇「另存為 PDF」作為印表機即可得到 PDF 檔案。",
    "report.title": "客戶分析報告",
    "report.asOf": "分析日期：{date}",
    "report.asOfMeaning": "只使用日期不晚於分析日期的資料列；與「現在」相關的數字都按到該日期的天數計算。",
    "report.files": "資料：{files}。",
    "report.rows": "讀取 {read} 列，使用 {used} 列。",
    "report.nothingChosen": "請至少選擇一個檢視放入報告。",
  },
});
