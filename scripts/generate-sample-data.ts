/**
 * Writes the sample data sets of sample-data/ (see sample-data/README.md). Deterministic: a seeded PRNG,
 * UTC date arithmetic, fixed number formatting, so every run writes the same bytes.
 * Run with `npx tsx scripts/generate-sample-data.ts`.
 */
import { writeFileSync } from "node:fs";

const SMALL_SHOP_SEED = 20230101;
const CLASSROOM_SEED = 20240305;
const OUTPUT_FOLDER = new URL("../sample-data/", import.meta.url);
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------------------
// Randomness

type Random = () => number;

/** mulberry32: a small, fast 32-bit PRNG, uniform on [0, 1). */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function integerBetween(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function pickWeighted<T>(random: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let threshold = random() * total;
  for (const item of items) {
    threshold -= weight(item);
    if (threshold < 0) return item;
  }
  return pick(random, items);
}

/** Fisher–Yates shuffle of a copy. */
function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function exponential(random: Random, mean: number): number {
  return -Math.log(1 - random()) * mean;
}

/** Gamma(shape, 1) by Marsaglia & Tsang; used to spread purchase rates between customers. */
function gamma(random: Random, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const v = Math.pow(1 + c * normal, 3);
    if (v > 0 && Math.log(1 - random()) < 0.5 * normal * normal + d - d * v + d * Math.log(v)) return d * v;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Dates and CSV

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isoMinute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace("T", " ");
}

/** Code-unit order, independent of the locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function writeCsv(fileName: string, header: string[], rows: (string | number)[][], byteOrderMark = false): void {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(","));
  writeFileSync(new URL(fileName, OUTPUT_FOLDER), (byteOrderMark ? "\uFEFF" : "") + lines.join("\n") + "\n");
  console.log(`${fileName}: ${rows.length} rows`);
}

// ---------------------------------------------------------------------------------------------------------
// small-shop.csv: a tea & coffee shop, 2023-01-01..2025-06-30

const SHOP_START = Date.UTC(2023, 0, 1);
const SHOP_END = Date.UTC(2025, 5, 30);
const SHOP_CUSTOMERS = 3400;

type Product = { name: string; category: string; price: number; popularity: number };

const PRODUCTS: Product[] = [
  { name: "House Blend 250g", category: "Coffee", price: 9.5, popularity: 14 },
  { name: "Espresso Roast 250g", category: "Coffee", price: 10.5, popularity: 10 },
  { name: "Colombia Huila 250g", category: "Coffee", price: 12, popularity: 6 },
  { name: "Ethiopia Yirgacheffe 250g", category: "Coffee", price: 13.5, popularity: 5 },
  { name: "Decaf Swiss Water 250g", category: "Coffee", price: 11, popularity: 3 },
  { name: "Cold Brew Pack", category: "Coffee", price: 8, popularity: 4 },
  { name: "Earl Grey 100g", category: "Tea", price: 7.5, popularity: 8 },
  { name: "Sencha 100g", category: "Tea", price: 9, popularity: 5 },
  { name: "Jasmine Pearls 50g", category: "Tea", price: 12.5, popularity: 4 },
  { name: "Rooibos 100g", category: "Tea", price: 6.5, popularity: 4 },
  { name: "Chai Masala 100g", category: "Tea", price: 7, popularity: 5 },
  { name: "Oolong Tieguanyin 50g", category: "Tea", price: 14, popularity: 2 },
  { name: "Pour-over Dripper", category: "Accessories", price: 24, popularity: 2 },
  { name: "Paper Filters x100", category: "Accessories", price: 5.5, popularity: 5 },
  { name: "Hand Grinder", category: "Accessories", price: 45, popularity: 1 },
  { name: "Glass Teapot", category: "Accessories", price: 29, popularity: 1 },
  { name: "Travel Mug", category: "Accessories", price: 18, popularity: 2 },
  { name: "Holiday Gift Box", category: "Gifts", price: 39, popularity: 1 },
  { name: "Tasting Set", category: "Gifts", price: 27, popularity: 1 },
  { name: "Gift Card 50", category: "Gifts", price: 50, popularity: 1 },
  { name: "Almond Biscotti", category: "Snacks", price: 4.5, popularity: 4 },
  { name: "Dark Chocolate Bar", category: "Snacks", price: 3.8, popularity: 4 },
];
const FREE_SAMPLE: Product = { name: "Sample Sachet", category: "Samples", price: 0, popularity: 0 };
const REGIONS = [
  { name: "North", weight: 3 },
  { name: "South", weight: 2 },
  { name: "East", weight: 2 },
  { name: "West", weight: 1.5 },
  { name: "Central", weight: 4 },
];

/** Relative demand by month (0 = January): a December peak, a quieter start of the year. */
const SEASON = [0.8, 0.8, 0.95, 1, 1, 0.95, 0.9, 0.9, 1, 1.05, 1.35, 1.9];
const SEASON_MAX = Math.max(...SEASON);

/** Relative demand on a day: seasonality times a steady growth of the shop (×2.2 over the period). */
function demand(ms: number): number {
  const growth = 1 + (1.2 * (ms - SHOP_START)) / (SHOP_END - SHOP_START);
  return (SEASON[new Date(ms).getUTCMonth()] ?? 1) * growth;
}

/** A day drawn with probability proportional to `demand`, from `from` on. */
function demandDay(random: Random, from = SHOP_START): number {
  const days = (SHOP_END - from) / DAY_MS + 1;
  for (;;) {
    const day = from + Math.floor(random() * days) * DAY_MS;
    if (random() * SEASON_MAX * 2.2 < demand(day)) return day;
  }
}

type BuyerType = { share: number; meanGapDays: number; dropout: number };
// Most customers buy once or twice; a few regulars make most of the orders.
const BUYER_TYPES: BuyerType[] = [
  { share: 0.6, meanGapDays: 180, dropout: 0.55 },
  { share: 0.3, meanGapDays: 70, dropout: 0.18 },
  { share: 0.1, meanGapDays: 21, dropout: 0.04 },
];

/** Purchase days of one customer: first day by demand, then gaps thinned by season until dropout. */
function purchaseDays(random: Random): number[] {
  const type = pickWeighted(random, BUYER_TYPES, (t) => t.share);
  const meanGapDays = type.meanGapDays / (gamma(random, 2) / 2);
  const days = [demandDay(random)];
  let day = days[0] ?? SHOP_START;
  while (random() >= type.dropout) {
    do day += Math.max(1, Math.round(exponential(random, meanGapDays))) * DAY_MS;
    while (day <= SHOP_END && random() * SEASON_MAX >= (SEASON[new Date(day).getUTCMonth()] ?? 1));
    if (day > SHOP_END) break;
    days.push(day);
  }
  return days;
}

type Line = { product: Product; quantity: number; unitPrice: number; amount: number };
type Order = { customerId: string; ms: number; channel: string; region: string; lines: Line[]; orderId?: string };

function unitPrice(product: Product, ms: number): number {
  const priceRises = new Date(ms).getUTCFullYear() - 2023; // +4 % every January
  return Math.round(product.price * Math.pow(1.04, priceRises) * 100) / 100;
}

function orderLines(random: Random, ms: number): Line[] {
  const december = new Date(ms).getUTCMonth() >= 10;
  const weight = (p: Product) => p.popularity * (december && p.category === "Gifts" ? 8 : 1);
  const count = pickWeighted(random, [1, 2, 3, 4, 5], (n) => [55, 25, 12, 6, 2][n - 1] ?? 0);
  const products = new Set<Product>();
  while (products.size < count) products.add(pickWeighted(random, PRODUCTS, weight));
  if (random() < 0.03) products.add(FREE_SAMPLE);
  return [...products].map((product) => {
    const quantity = product.category === "Accessories" || product === FREE_SAMPLE ? 1 : pickWeighted(random, [1, 2, 3, 4, 6], (n) => ({ 1: 75, 2: 17, 3: 5, 4: 2, 6: 1 })[n] ?? 0);
    const price = unitPrice(product, ms);
    return { product, quantity, unitPrice: price, amount: Math.round(quantity * price * 100) / 100 };
  });
}

/** A time of day: the store is open 9–19 h, online orders peak in the evening. */
function orderTime(random: Random, day: number, channel: string): number {
  const hour = channel === "store" ? integerBetween(random, 9, 18) : pickWeighted(random, [...Array(24).keys()], (h) => (h < 7 ? 0.3 : h < 18 ? 1 : 2.2));
  return day + hour * 3_600_000 + integerBetween(random, 0, 59) * 60_000;
}

function shopOrders(random: Random): Order[] {
  const orders: Order[] = [];
  for (let customer = 0; customer < SHOP_CUSTOMERS; customer++) {
    const onlineShare = pick(random, [0.9, 0.6, 0.15]);
    const region = pickWeighted(random, REGIONS, (r) => r.weight).name;
    for (const day of purchaseDays(random)) {
      const channel = random() < onlineShare ? "online" : "store";
      orders.push({ customerId: String(customer), ms: orderTime(random, day, channel), channel, region, lines: orderLines(random, day) });
    }
  }
  const guestOrders = Math.round(orders.length * 0.005);
  for (let guest = 0; guest < guestOrders; guest++) {
    const day = demandDay(random);
    orders.push({ customerId: "", ms: orderTime(random, day, "store"), channel: "store", region: "Central", lines: orderLines(random, day) });
  }
  return orders;
}

/** Customer numbers and order ids follow the order of first appearance, as a shop system assigns them. */
function assignIds(orders: Order[]): void {
  orders.sort((a, b) => a.ms - b.ms || compareText(a.customerId, b.customerId));
  const customerIds = new Map<string, string>([["", ""]]);
  orders.forEach((order, index) => {
    if (!customerIds.has(order.customerId)) customerIds.set(order.customerId, `C${String(customerIds.size).padStart(5, "0")}`);
    order.customerId = customerIds.get(order.customerId) ?? "";
    order.orderId = `SO-${100001 + index}`;
  });
}

type ShopRow = { ms: number; cells: (string | number)[] };

function shopRow(order: Order, line: Line, ms: number, sign: 1 | -1): ShopRow {
  const { product } = line;
  const cells = [order.orderId ?? "", isoMinute(ms), order.customerId, product.name, product.category, sign * line.quantity, line.unitPrice.toFixed(2), (sign * line.amount).toFixed(2), order.channel, order.region];
  return { ms, cells };
}

function smallShopRows(random: Random): (string | number)[][] {
  const orders = shopOrders(random);
  assignIds(orders);
  const rows: ShopRow[] = [];
  for (const order of orders) {
    for (const line of order.lines) {
      rows.push(shopRow(order, line, order.ms, 1));
      const refundMs = order.ms + integerBetween(random, 2, 30) * DAY_MS + integerBetween(random, 0, 300) * 60_000;
      if (order.customerId !== "" && line.amount > 0 && random() < 0.025 && refundMs < SHOP_END) rows.push(shopRow(order, line, refundMs, -1));
    }
  }
  rows.sort((a, b) => a.ms - b.ms);
  for (let duplicate = 0; duplicate < 6; duplicate++) {
    const index = integerBetween(random, 0, rows.length - 1);
    const row = rows[index];
    if (row) rows.splice(index + 1, 0, { ...row });
  }
  return rows.map((row) => row.cells);
}

// ---------------------------------------------------------------------------------------------------------
// classroom.csv: 20 customers, 60 orders in 2024, round amounts

const CLASSROOM_ORDER_COUNTS = [7, 6, 5, 5, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1];
const CLASSROOM_AMOUNTS = [50, 80, 100, 120, 150, 200, 300];

function classroomRows(random: Random): (string | number)[][] {
  const counts = shuffled(random, CLASSROOM_ORDER_COUNTS);
  const orders: { customerId: string; day: number; amount: number }[] = [];
  counts.forEach((count, index) => {
    const customerId = `C${String(index + 1).padStart(2, "0")}`;
    const first = integerBetween(random, 0, 300);
    const last = count === 1 ? first : integerBetween(random, Math.min(first + 30, 365), 365);
    const days = new Set([first]);
    while (days.size < count) days.add(integerBetween(random, first, last));
    const budget = pick(random, [0, 2, 4]);
    for (const day of days) orders.push({ customerId, day, amount: CLASSROOM_AMOUNTS[budget + integerBetween(random, 0, 2)] ?? 100 });
  });
  orders.sort((a, b) => a.day - b.day || compareText(a.customerId, b.customerId));
  return orders.map((order, index) => [order.customerId, isoDate(Date.UTC(2024, 0, 1) + order.day * DAY_MS), `D${String(index + 1).padStart(3, "0")}`, order.amount]);
}

// ---------------------------------------------------------------------------------------------------------

const shopHeader = ["order_id", "order_date", "customer_id", "product", "category", "quantity", "unit_price", "amount", "channel", "region"];
writeCsv("small-shop.csv", shopHeader, smallShopRows(mulberry32(SMALL_SHOP_SEED)));
// A byte-order mark so spreadsheet programs open the Chinese headers as UTF-8.
const classroom = classroomRows(mulberry32(CLASSROOM_SEED));
writeCsv("classroom.csv", ["客户编号", "订单日期", "订单号", "金额"], classroom, true);
writeCsv("classroom-traditional.csv", ["客戶編號", "訂單日期", "訂單號", "金額"], classroom, true);
