"""The Overview (and the monthly series) of a bench transactions CSV in pandas: read + compute, timed.

Prints one JSON object: {"read_ms", "overview_ms", "monthly_ms", "total_ms", "customers", "orders", "revenue"}.
Same definitions as src/analyses/overview/query.ts: as-of = day after the last purchase, purchases = amount >= 0.
"""
import json
import sys
import time

import pandas as pd

path = sys.argv[1]
start = time.perf_counter()
df = pd.read_csv(path, dtype={"order_id": "string", "customer_id": "string", "product": "string"}, parse_dates=["order_date"])
read_done = time.perf_counter()

purchases_all = df[df["amount"] >= 0]
as_of = purchases_all["order_date"].max() + pd.Timedelta(days=1)
tx = df[df["order_date"] <= as_of]
purchases = tx[tx["amount"] >= 0]
per_customer = tx.groupby("customer_id").agg(revenue=("amount", "sum"))
per_customer["orders"] = purchases.groupby("customer_id")["order_id"].nunique()
per_customer["orders"] = per_customer["orders"].fillna(0)
days = purchases[["customer_id", "order_date"]].drop_duplicates().sort_values(["customer_id", "order_date"])
gaps = days.groupby("customer_id")["order_date"].diff().dt.days
revenue = tx["amount"].sum()
overview = {
    "customers": int((per_customer["orders"] >= 1).sum()),
    "orders": int(purchases["order_id"].nunique()),
    "revenue": float(revenue),
    "repeat_customers": int((per_customer["orders"] >= 2).sum()),
    "repeat_revenue": float(per_customer.loc[per_customer["orders"] >= 2, "revenue"].sum()),
    "refund_rows": int((tx["amount"] < 0).sum()),
    "median_gap_days": float(gaps.median()),
}
overview_done = time.perf_counter()

month = tx["order_date"].dt.to_period("M")
pmonth = purchases["order_date"].dt.to_period("M")
monthly = pd.DataFrame({
    "revenue": tx.groupby(month)["amount"].sum(),
    "active_customers": purchases.groupby(pmonth)["customer_id"].nunique(),
    "orders": purchases.groupby(pmonth)["order_id"].nunique(),
    "new_customers": purchases.groupby("customer_id")["order_date"].min().dt.to_period("M").value_counts(),
}).fillna(0)
monthly_done = time.perf_counter()

print(json.dumps({
    "read_ms": (read_done - start) * 1000,
    "overview_ms": (overview_done - read_done) * 1000,
    "monthly_ms": (monthly_done - overview_done) * 1000,
    "total_ms": (monthly_done - start) * 1000,
    "months": len(monthly),
    **overview,
}))
