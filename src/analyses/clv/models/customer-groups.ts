/** Per-customer calibration summary in model time units (x repeat purchase days, t_x, T). */
export interface FrequencyRecency {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
}

/** Distinct values of one column and, per group, the index of its value. */
export interface DistinctColumn {
  values: Float64Array;
  index: Int32Array;
}

/**
 * Customers with identical (x, t_x, T) merged into one weighted group, so a likelihood costs one term per
 * distinct pattern (real data in whole days has many ties), plus the distinct values of each column so
 * terms that depend on one column only are computed once per value.
 */
export interface CustomerGroups {
  size: number;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  distinctX: DistinctColumn;
  distinctTx: DistinctColumn;
  distinctT: DistinctColumn;
}

function distinct(column: Float64Array): DistinctColumn {
  const positions = new Map<number, number>();
  const index = new Int32Array(column.length);
  column.forEach((value, i) => {
    let position = positions.get(value);
    if (position === undefined) {
      position = positions.size;
      positions.set(value, position);
    }
    index[i] = position;
  });
  return { values: Float64Array.from(positions.keys()), index };
}

/** Every k-th group (k = ⌈size / maxGroups⌉), weights kept: a cheap stand-in to search for the optimum's basin. */
export function subsampleGroups(groups: CustomerGroups, maxGroups: number): CustomerGroups {
  if (groups.size <= maxGroups) return groups;
  const every = Math.ceil(groups.size / maxGroups);
  const keep = (column: Float64Array) => column.filter((_, i) => i % every === 0);
  return buildGroups(keep(groups.x), keep(groups.tx), keep(groups.T), keep(groups.weight));
}

function buildGroups(x: Float64Array, tx: Float64Array, T: Float64Array, weight: Float64Array): CustomerGroups {
  return { size: x.length, x, tx, T, weight, distinctX: distinct(x), distinctTx: distinct(tx), distinctT: distinct(T) };
}

/** Groups customers by their (x, t_x, T) pattern; checks the summary is a valid one. */
export function groupCustomers(summary: FrequencyRecency): CustomerGroups {
  const n = summary.x.length;
  for (let i = 0; i < n; i++) {
    const x = summary.x[i]!;
    const tx = summary.tx[i]!;
    const T = summary.T[i]!;
    if (!(x >= 0 && Number.isInteger(x) && tx >= 0 && T >= tx && Number.isFinite(T))) {
      throw new RangeError(`Invalid customer summary at row ${i}: x = ${x}, t_x = ${tx}, T = ${T}`);
    }
    if (x === 0 && tx !== 0) throw new RangeError(`Invalid customer summary at row ${i}: t_x must be 0 when x = 0`);
  }
  // Sorting by the pattern puts equal ones side by side (several times faster than a Map keyed by strings).
  const order = Int32Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => summary.x[i]! - summary.x[j]! || summary.tx[i]! - summary.tx[j]! || summary.T[i]! - summary.T[j]!,
  );
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const weight: number[] = [];
  for (const i of order) {
    const last = x.length - 1;
    if (last >= 0 && x[last] === summary.x[i] && tx[last] === summary.tx[i] && T[last] === summary.T[i]) {
      weight[last]! += 1;
    } else {
      x.push(summary.x[i]!);
      tx.push(summary.tx[i]!);
      T.push(summary.T[i]!);
      weight.push(1);
    }
  }
  return buildGroups(Float64Array.from(x), Float64Array.from(tx), Float64Array.from(T), Float64Array.from(weight));
}
