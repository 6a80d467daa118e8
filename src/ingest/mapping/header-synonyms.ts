import type { CanonicalField } from "../types";

interface FieldSynonyms {
  /** Headers that name the field outright, most telling first. */
  exact: string[];
  /** Words (or Chinese terms) that suggest the field when a longer header contains them. */
  contains: string[];
}

/** Header names for each canonical field, English and Chinese (simplified and traditional). */
export const HEADER_SYNONYMS: Record<CanonicalField, FieldSynonyms> = {
  customer_id: {
    exact: [
      "customer id", "customer no", "customer number", "customer code", "cust id", "client id", "member id", "user id", "buyer id",
      "account id", "customer", "cust", "client", "member", "user", "buyer",
      "客户编号", "客戶編號", "客户id", "客戶id", "客户号", "客戶號", "客户代码", "客戶代碼", "会员id", "會員id", "会员编号", "會員編號",
      "会员号", "會員號", "顾客id", "顧客id", "顾客编号", "顧客編號", "用户id", "用戶id", "用户编号", "用戶編號", "买家id", "買家id",
      "客户", "客戶", "顾客", "顧客", "会员", "會員", "买家", "買家", "用户", "用戶", "客户名称", "客戶名稱",
      "id", "email", "邮箱", "電子郵件",
    ],
    contains: ["customer", "cust", "client", "member", "客户", "客戶", "顾客", "顧客", "会员", "會員", "买家", "買家", "用户", "用戶"],
  },
  order_date: {
    exact: [
      "order date", "invoice date", "purchase date", "transaction date", "trans date", "sale date", "sales date", "order time",
      "purchase time", "transaction time", "order datetime", "created at", "date", "datetime", "timestamp", "time", "day",
      "订单日期", "訂單日期", "下单时间", "下單時間", "下单日期", "下單日期", "交易日期", "交易时间", "交易時間", "购买日期", "購買日期",
      "购买时间", "購買時間", "付款时间", "付款時間", "支付时间", "支付時間", "成交时间", "成交時間", "订单时间", "訂單時間",
      "创建时间", "建立時間", "日期", "时间", "時間",
    ],
    contains: ["date", "日期", "时间", "時間"],
  },
  amount: {
    exact: [
      "amount", "order amount", "total amount", "sales amount", "sale amount", "revenue", "sales", "total", "grand total", "order total",
      "total price", "price paid", "amount paid", "paid", "payment amount", "net amount", "order value", "dollar value", "monetary",
      "spend", "value",
      "金额", "金額", "实付金额", "實付金額", "实付款", "實付款", "付款金额", "付款金額", "支付金额", "支付金額", "订单金额", "訂單金額",
      "销售额", "銷售額", "销售金额", "銷售金額", "交易金额", "交易金額", "消费金额", "消費金額", "总金额", "總金額", "总价", "總價",
      "营业额", "營業額", "实收", "實收",
    ],
    contains: ["amount", "revenue", "sales", "total", "金额", "金額", "销售额", "銷售額", "实付", "實付"],
  },
  order_id: {
    exact: [
      "order id", "order no", "order number", "invoice no", "invoice number", "invoice id", "invoice", "order", "transaction id",
      "trans id", "receipt no", "receipt", "bill no",
      "订单号", "訂單號", "订单编号", "訂單編號", "订单id", "訂單id", "订单", "訂單", "单号", "單號", "交易编号", "交易編號", "交易号",
      "交易號", "发票号", "發票號碼",
    ],
    contains: ["invoice", "订单号", "訂單號", "订单编号", "訂單編號", "单号", "單號"],
  },
  quantity: {
    exact: ["quantity", "qty", "units", "count", "数量", "數量", "件数", "件數", "购买数量", "購買數量"],
    contains: ["quantity", "qty", "数量", "數量"],
  },
  unit_price: {
    exact: ["unit price", "price", "unit cost", "单价", "單價", "价格", "價格", "售价", "售價"],
    contains: ["price", "单价", "單價"],
  },
  product: {
    exact: [
      "product", "product name", "item", "item name", "description", "product id", "sku", "stock code", "goods",
      "商品", "商品名称", "商品名稱", "产品", "產品", "产品名称", "產品名稱", "品名", "商品编号", "商品編號",
    ],
    contains: ["product", "item", "商品", "产品", "產品"],
  },
  category: {
    exact: ["category", "product category", "segment", "类别", "類別", "品类", "品類", "分类", "分類", "类目", "類目", "商品类别", "商品類別"],
    contains: ["category", "类别", "類別", "品类", "品類", "分类", "分類"],
  },
  channel: {
    exact: ["channel", "sales channel", "source", "platform", "store", "渠道", "销售渠道", "銷售渠道", "通路", "平台", "店铺", "店鋪"],
    contains: ["channel", "渠道", "通路"],
  },
  region: {
    exact: ["region", "country", "province", "state", "city", "area", "地区", "地區", "省份", "省", "城市", "国家", "國家", "区域", "區域"],
    contains: ["region", "country", "province", "地区", "地區", "省份"],
  },
};
