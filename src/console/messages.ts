import { defineMessages } from "../i18n/catalog";

/** Strings of the SQL console. */
export const consoleMessages = defineMessages({
  en: {
    "console.tab": "SQL",
    "console.tables": "Tables and views",
    "console.viewsExplain": "transactions is the canonical table, customers the customer table. The other views are the analyses' results for the current as-of date and view settings.",
    "console.editor": "SQL query",
    "console.run": "Run",
    "console.shortcut": "Ctrl + Enter runs the query. DuckDB SQL; nothing leaves this page.",
    "console.rows": "{rows} rows",
    "console.firstRows": "First {shown} of {rows} rows",
    "console.download": "Download all rows as CSV",
    "console.open": "Open in the console",
  },
  "zh-Hans": {
    "console.tab": "SQL",
    "console.tables": "表和视图",
    "console.viewsExplain": "transactions 是标准交易表，customers 是客户表。其余视图是各分析在当前分析日期和视图设置下的结果。",
    "console.editor": "SQL 查询",
    "console.run": "运行",
    "console.shortcut": "按 Ctrl + Enter 运行查询。使用 DuckDB SQL；数据不会离开本页面。",
    "console.rows": "{rows} 行",
    "console.firstRows": "共 {rows} 行，显示前 {shown} 行",
    "console.download": "下载全部行（CSV）",
    "console.open": "在控制台中打开",
  },
  "zh-Hant": {
    "console.tab": "SQL",
    "console.tables": "資料表與檢視",
    "console.viewsExplain": "transactions 是標準交易表，customers 是客戶表。其餘檢視是各分析在目前分析日期和檢視設定下的結果。",
    "console.editor": "SQL 查詢",
    "console.run": "執行",
    "console.shortcut": "按 Ctrl + Enter 執行查詢。使用 DuckDB SQL；資料不會離開本頁面。",
    "console.rows": "{rows} 列",
    "console.firstRows": "共 {rows} 列，顯示前 {shown} 列",
    "console.download": "下載全部資料列（CSV）",
    "console.open": "在主控台中開啟",
  },
});
