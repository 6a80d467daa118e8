// A plain-JS re-implementation of DESIGN.md's churn definitions, used to check the SQL on real data.
// Days are whole days since 1970-01-01 (UTC); a purchase has amount ≥ 0.

export type Transaction = { customer: string; day: number; amount: number };
export type Unit = "month" | "week" | "quarter";

const MS_PER_DAY = 86_400_000;
const dateOf = (day: number) => new Date(day * MS_PER_DAY);
const dayOf = (year: number, monthIndex: number, date: number) => Date.UTC(year, monthIndex, date) / MS_PER_DAY;
const pad = (value: number) => String(value).padStart(2, "0");

/** Days since 1970-01-01 of a `YYYYMMDD` or `YYYY-MM-DD` date. */
export function dayNumber(text: string): number {
  const digits = text.replaceAll("-", "");
  return dayOf(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)) - 1, Number(digits.slice(6, 8)));
}

export function isoDay(day: number): string {
  return dateOf(day).toISOString().slice(0, 10);
}

function periodIndex(unit: Unit, day: number): number {
  const date = dateOf(day);
  if (unit === "month") return date.getUTCFullYear() * 12 + date.getUTCMonth();
  if (unit === "quarter") return date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3);
  return Math.floor((day - 4) / 7); // 1970-01-05, day 4, is a Monday
}

function periodStart(unit: Unit, index: number): number {
  if (unit === "month") return dayOf(Math.floor(index / 12), index % 12, 1);
  if (unit === "quarter") return dayOf(Math.floor(index / 4), (index % 4) * 3, 1);
  return 4 + index * 7;
}

function periodLabel(unit: Unit, index: number): string {
  const start = dateOf(periodStart(unit, index));
  if (unit === "month") return `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}`;
  if (unit === "quarter") return `${start.getUTCFullYear()}-Q${(index % 4) + 1}`;
  const thursday = dateOf(periodStart(unit, index) + 3); // an ISO week belongs to the year of its Thursday
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() / MS_PER_DAY - dayOf(year, 0, 1)) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Growth accounting and attrition per period, as PeriodRow fields. */
export function referencePeriods(transactions: Transaction[], unit: Unit, asOfDay: number) {
  const used = transactions.filter((row) => row.day <= asOfDay);
  const buyers = new Map<number, Set<string>>();
  const revenue = new Map<string, number>(); // `${index}|${customer}` → net revenue
  const firstIndex = new Map<string, number>();
  for (const row of used) {
    const index = periodIndex(unit, row.day);
    const key = `${index}|${row.customer}`;
    revenue.set(key, (revenue.get(key) ?? 0) + row.amount);
    if (row.amount < 0) continue;
    if (!buyers.has(index)) buyers.set(index, new Set());
    buyers.get(index)!.add(row.customer);
    firstIndex.set(row.customer, Math.min(firstIndex.get(row.customer) ?? Infinity, index));
  }
  const first = Math.min(...used.map((row) => periodIndex(unit, row.day)));
  const last = periodIndex(unit, asOfDay);
  const lastIsPartial = asOfDay < periodStart(unit, last + 1) - 1;
  const buyersIn = (index: number) => buyers.get(index) ?? new Set<string>();
  const money = (index: number, customers: string[]) => sum(customers.map((customer) => revenue.get(`${index}|${customer}`) ?? 0));

  const rows = [];
  for (let index = first; index <= last; index++) {
    const current = [...buyersIn(index)];
    const previous = buyersIn(index - 1);
    const newCustomers = current.filter((customer) => firstIndex.get(customer) === index);
    const retained = current.filter((customer) => firstIndex.get(customer) !== index && previous.has(customer));
    const resurrected = current.filter((customer) => firstIndex.get(customer) !== index && !previous.has(customer));
    const churned = [...previous].filter((customer) => !buyersIn(index).has(customer));
    const nextComplete = index + 1 < last || (index + 1 === last && !lastIsPartial);
    const lost = nextComplete ? current.filter((customer) => !buyersIn(index + 1).has(customer)).length : null;
    const periodRevenue = sum(used.filter((row) => periodIndex(unit, row.day) === index).map((row) => row.amount));
    rows.push({
      period: periodLabel(unit, index),
      period_start: isoDay(periodStart(unit, index)),
      is_partial: index === last && lastIsPartial,
      active: current.length,
      new: newCustomers.length,
      retained: retained.length,
      resurrected: resurrected.length,
      churned: churned.length,
      lost,
      attrition_rate: lost === null || current.length === 0 ? null : lost / current.length,
      revenue: periodRevenue,
      new_revenue: money(index, newCustomers),
      retained_revenue: money(index, retained),
      resurrected_revenue: money(index, resurrected),
      churned_revenue: money(index - 1, churned),
      refunds_without_purchase: periodRevenue - money(index, current),
    });
  }
  return rows;
}

function purchaseDays(transactions: Transaction[], asOfDay: number): Map<string, number[]> {
  const days = new Map<string, Set<number>>();
  for (const row of transactions) {
    if (row.day > asOfDay || row.amount < 0) continue;
    if (!days.has(row.customer)) days.set(row.customer, new Set());
    days.get(row.customer)!.add(row.day);
  }
  return new Map([...days].map(([customer, set]) => [customer, [...set].sort((a, b) => a - b)]));
}

/** The smallest gap with at least 90 % of the gaps at most that long, or null without gaps. */
export function referenceDefaultThreshold(transactions: Transaction[], asOfDay: number): number | null {
  const gaps = [...purchaseDays(transactions, asOfDay).values()].flatMap((days) => days.slice(1).map((day, index) => day - days[index]!));
  gaps.sort((a, b) => a - b);
  return gaps.length === 0 ? null : gaps[Math.ceil((9 * gaps.length) / 10) - 1]!;
}

/** Every customer's status with threshold `n`, and their net revenue. */
export function referenceStatuses(transactions: Transaction[], asOfDay: number, n: number) {
  const netRevenue = new Map<string, number>();
  for (const row of transactions) if (row.day <= asOfDay) netRevenue.set(row.customer, (netRevenue.get(row.customer) ?? 0) + row.amount);
  return [...purchaseDays(transactions, asOfDay)].map(([customer, days]) => {
    const daysSince = asOfDay - days.at(-1)!;
    const cameBack = days.some((day, index) => index > 0 && day - days[index - 1]! > n && asOfDay - day <= n);
    const status =
      daysSince > n ? "churned"
      : daysSince > 0.75 * n ? "at_risk"
      : asOfDay - days[0]! <= n ? "new"
      : cameBack ? "reactivated"
      : "active";
    return { customer_id: customer, last_purchase: isoDay(days.at(-1)!), days_since: daysSince, status, revenue: netRevenue.get(customer) ?? 0 };
  });
}
