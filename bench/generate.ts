import { createWriteStream } from "node:fs";
import { once } from "node:events";

/** Sizes the bench knows: rows of the transactions file. */
export const ROW_COUNTS = { "100k": 100_000, "1m": 1_000_000, "5m": 5_000_000 } as const;
export type RowOption = keyof typeof ROW_COUNTS;

export const BENCH_COLUMNS = ["order_id", "order_date", "customer_id", "amount", "quantity", "unit_price", "product", "category", "channel", "region"] as const;

const START = Date.UTC(2022, 0, 1);
const DAYS = 1096; // 2022-01-01 … 2024-12-31
const CATEGORIES = ["Beverages", "Snacks", "Dairy", "Bakery", "Produce", "Household", "Personal care", "Frozen", "Pantry", "Pet"];
const CHANNELS = ["store", "online", "marketplace"];
const REGIONS = ["North", "South", "East", "West", "Central", "Islands"];
const PRODUCTS = 400;

/** mulberry32: small, fast and the same on every machine, so a seed always gives the same file. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Columnar transactions: one row per order line, dates as day numbers from 2022-01-01. */
export interface GeneratedTransactions {
  rows: number;
  orderId: Uint32Array;
  day: Uint16Array;
  customer: Uint32Array;
  quantity: Uint8Array;
  product: Uint16Array;
  refund: Uint8Array;
  unitPrice: Float64Array;
  productCategory: Uint8Array;
  channel: Uint8Array;
  region: Uint8Array;
}

/**
 * A shop's three years: rows / 10 customers who join over time (more later: the shop grows), buy at
 * their own lognormal rate while active, and leave after an exponential lifetime; orders have 1–3 lines,
 * about 2 % are refunded. Rows come out in date order, as an export would.
 */
export function generateTransactions(rows: number, seed = 20240601): GeneratedTransactions {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const customers = Math.max(10, Math.round(rows / 10));
  const unitPrice = Float64Array.from({ length: PRODUCTS }, () => Math.round(Math.exp(2.6 + 0.8 * normal()) * 100) / 100);
  const productCategory = Uint8Array.from({ length: PRODUCTS }, () => Math.floor(random() * CATEGORIES.length));
  const region = Uint8Array.from({ length: customers }, () => Math.floor(random() * REGIONS.length));
  const joined = new Float64Array(customers);
  const rate = new Float64Array(customers);
  const lifetime = new Float64Array(customers);
  let exposure = 0;
  for (let c = 0; c < customers; c++) {
    joined[c] = Math.floor(DAYS * Math.sqrt(random())); // density grows with time
    rate[c] = Math.exp(normal());
    lifetime[c] = -Math.log(1 - random()) * 500;
    exposure += rate[c]! * Math.min(DAYS - joined[c]!, lifetime[c]!);
  }
  const linesPerOrder = 1.5;
  const scale = (rows / linesPerOrder - customers) / exposure;
  // Each customer's orders: the first on the day they join, then a Poisson number while active.
  const orderDays: number[] = [];
  const orderCustomers: number[] = [];
  for (let c = 0; c < customers; c++) {
    const active = Math.min(DAYS - joined[c]!, lifetime[c]!);
    orderDays.push(joined[c]!);
    orderCustomers.push(c);
    const expected = rate[c]! * active * scale;
    let count = Math.floor(expected) + (random() < expected - Math.floor(expected) ? 1 : 0);
    while (count-- > 0) {
      orderDays.push(Math.min(DAYS - 1, joined[c]! + Math.floor(random() * active)));
      orderCustomers.push(c);
    }
  }
  // Lines per order: 1, 2 or 3 (mean 1.5); orders are added or removed at random until the lines fill `rows` exactly.
  const lines = orderDays.map(() => 1 + (random() < 0.35 ? 1 : 0) + (random() < 0.15 ? 1 : 0));
  let total = lines.reduce((sum, count) => sum + count, 0);
  while (total < rows) {
    const c = Math.floor(random() * customers);
    orderDays.push(Math.min(DAYS - 1, joined[c]! + Math.floor(random() * Math.min(DAYS - joined[c]!, lifetime[c]!))));
    orderCustomers.push(c);
    lines.push(1);
    total++;
  }
  while (total - lines[lines.length - 1]! >= rows) {
    const victim = Math.floor(random() * orderDays.length);
    total -= lines[victim]!;
    for (const list of [orderDays, orderCustomers, lines]) {
      list[victim] = list[list.length - 1]!;
      list.pop();
    }
  }
  const order = Uint32Array.from(orderDays.keys()).sort((a, b) => orderDays[a]! - orderDays[b]! || a - b);
  const out: GeneratedTransactions = {
    rows,
    orderId: new Uint32Array(rows),
    day: new Uint16Array(rows),
    customer: new Uint32Array(rows),
    quantity: new Uint8Array(rows),
    product: new Uint16Array(rows),
    refund: new Uint8Array(rows),
    unitPrice,
    productCategory,
    channel: new Uint8Array(rows),
    region,
  };
  let row = 0;
  for (let o = 0; o < order.length && row < rows; o++) {
    const source = order[o]!;
    const channel = Math.floor(random() * random() * CHANNELS.length);
    const refund = random() < 0.02 ? 1 : 0;
    for (let line = 0; line < lines[source]! && row < rows; line++, row++) {
      out.orderId[row] = o + 1;
      out.day[row] = orderDays[source]!;
      out.customer[row] = orderCustomers[source]! + 1;
      out.quantity[row] = 1 + Math.floor(random() * random() * 5);
      out.product[row] = Math.floor(PRODUCTS * random() ** 2);
      out.refund[row] = refund;
      out.channel[row] = channel;
    }
  }
  return out;
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");
const DAY_TEXT = Array.from({ length: DAYS }, (_, day) => new Date(START + day * 86_400_000).toISOString().slice(0, 10));

/** The values of one row as the CSV / Parquet columns (BENCH_COLUMNS order). */
export function rowValues(data: GeneratedTransactions, row: number): [string, string, string, number, number, number, string, string, string, string] {
  const product = data.product[row]!;
  const quantity = data.quantity[row]!;
  const price = data.unitPrice[product]!;
  const amount = Math.round(quantity * price * 100) / 100;
  return [
    `O${pad(data.orderId[row]!, 8)}`,
    DAY_TEXT[data.day[row]!]!,
    `C${pad(data.customer[row]!, 7)}`,
    data.refund[row] ? -amount : amount,
    data.refund[row] ? -quantity : quantity,
    price,
    `P${pad(product, 4)}`,
    CATEGORIES[data.productCategory[product]!]!,
    CHANNELS[data.channel[row]!]!,
    REGIONS[data.region[data.customer[row]! - 1]!]!,
  ];
}

/** Writes the transactions as UTF-8 CSV with a header, in chunks (a 5 M-row file is ~400 MB). */
export async function writeTransactionsCsv(path: string, data: GeneratedTransactions): Promise<void> {
  const stream = createWriteStream(path);
  let chunk = `${BENCH_COLUMNS.join(",")}\n`;
  for (let row = 0; row < data.rows; row++) {
    chunk += `${rowValues(data, row).join(",")}\n`;
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await once(stream, "drain");
      chunk = "";
    }
  }
  stream.end(chunk);
  await once(stream, "finish");
}

/** Writes the same rows as Snappy Parquet (row groups of 100 k): numbers typed, ids and dates as text. */
export async function writeTransactionsParquet(path: string, data: GeneratedTransactions): Promise<void> {
  const { parquetWriteBuffer } = await import("hyparquet-writer");
  const { writeFile } = await import("node:fs/promises");
  const columns = BENCH_COLUMNS.map(() => new Array<string | number>(data.rows));
  for (let row = 0; row < data.rows; row++) {
    const values = rowValues(data, row);
    for (let c = 0; c < values.length; c++) columns[c]![row] = values[c]!;
  }
  const types = ["STRING", "STRING", "STRING", "DOUBLE", "INT32", "DOUBLE", "STRING", "STRING", "STRING", "STRING"] as const;
  const buffer = parquetWriteBuffer({
    columnData: BENCH_COLUMNS.map((name, c) => ({ name, data: columns[c]!, type: types[c]! })),
    rowGroupSize: 100_000,
  });
  await writeFile(path, new Uint8Array(buffer));
}
