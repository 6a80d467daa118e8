import { defineMessages } from "../i18n/catalog";

/** Strings of the settings link and settings file. */
export const shareMessages = defineMessages({
  en: {
    "share.title": "Share settings",
    "share.explain": "The link and the file carry the settings only (view, definitions, thresholds, language, as-of date), never your data. Whoever opens them with the same data set sees the same figures.",
    "share.makeLink": "Copy settings link",
    "share.copied": "Copied to the clipboard.",
    "share.copyByHand": "Select the link and copy it.",
    "share.save": "Save settings file",
    "share.open": "Open settings file…",
    "share.notSettingsFile": "{file} is not a crm-studio settings file.",
    "share.pending": "This link carries settings. Load the same data set and they will be applied.",
    "share.discard": "Ignore them",
  },
  "zh-Hans": {
    "share.title": "分享设置",
    "share.explain": "链接和文件只包含设置（视图、定义、阈值、语言、分析日期），绝不包含你的数据。别人用同一份数据打开，就会看到相同的数字。",
    "share.makeLink": "复制设置链接",
    "share.copied": "已复制到剪贴板。",
    "share.copyByHand": "请选中链接后复制。",
    "share.save": "保存设置文件",
    "share.open": "打开设置文件…",
    "share.notSettingsFile": "{file} 不是 crm-studio 的设置文件。",
    "share.pending": "此链接带有设置。载入同一份数据后即会套用。",
    "share.discard": "忽略",
  },
  "zh-Hant": {
    "share.title": "分享設定",
    "share.explain": "連結和檔案只包含設定（檢視、定義、門檻、語言、分析日期），絕不包含你的資料。別人用同一份資料開啟，就會看到相同的數字。",
    "share.makeLink": "複製設定連結",
    "share.copied": "已複製到剪貼簿。",
    "share.copyByHand": "請選取連結後複製。",
    "share.save": "儲存設定檔",
    "share.open": "開啟設定檔…",
    "share.notSettingsFile": "{file} 不是 crm-studio 的設定檔。",
    "share.pending": "此連結帶有設定。載入同一份資料後即會套用。",
    "share.discard": "忽略",
  },
});
