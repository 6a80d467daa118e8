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
  const weights = new Map<string, { x: number; tx: number; T: number; weight: number }>();
  for (let i = 0; i < summary.x.length; i++) {
    const x = summary.x[i]!;
    const tx = summary.tx[i]!;
    const T = summary.T[i]!;
    if (!(x >= 0 && Number.isInteger(x) && tx >= 0 && T >= tx && Number.isFinite(T))) {
      throw new RangeError(`Invalid customer summary at row ${i}: x = ${x}, t_x = ${tx}, T = ${T}`);
    }
    if (x === 0 && tx !== 0) throw new RangeError(`Invalid customer summary at row ${i}: t_x must be 0 when x = 0`);
    const key = `${x}|${tx}|${T}`;
    const group = weights.get(key);
    if (group) group.weight += 1;
    else weights.set(key, { x, tx, T, weight: 1 });
  }
  const groups = [...weights.values()];
  return buildGroups(
    Float64Array.from(groups, (group) => group.x),
    Float64Array.from(groups, (group) => group.tx),
    Float64Array.from(groups, (group) => group.T),
    Float64Array.from(groups, (group) => group.weight),
  );
}
