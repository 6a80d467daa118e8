/** Central-difference gradient of f at x with step h in every coordinate. */
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((_, i) => {
    const plus = [...x];
    const minus = [...x];
    plus[i]! += h;
    minus[i]! -= h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}

/** Central-difference Hessian of f at x (step h in every coordinate), symmetric by construction. */
export function numericalHessian(f: (x: number[]) => number, x: number[], h = 1e-3): number[][] {
  const n = x.length;
  const at = (shifts: [index: number, step: number][]) => {
    const point = [...x];
    for (const [index, step] of shifts) point[index]! += step;
    return f(point);
  };
  const center = f(x);
  const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    hessian[i]![i] = (at([[i, h]]) - 2 * center + at([[i, -h]])) / (h * h);
    for (let j = 0; j < i; j++) {
      const value = (at([[i, h], [j, h]]) - at([[i, h], [j, -h]]) - at([[i, -h], [j, h]]) + at([[i, -h], [j, -h]])) / (4 * h * h);
      hessian[i]![j] = value;
      hessian[j]![i] = value;
    }
  }
  return hessian;
}

/** Hessian as central differences of an exact gradient (2n gradients instead of ~2n² values), symmetrised. */
export function hessianFromGradient(gradient: (x: number[]) => number[], x: number[], h = 1e-4): number[][] {
  const n = x.length;
  const columns = x.map((_, j) => {
    const plus = [...x];
    const minus = [...x];
    plus[j]! += h;
    minus[j]! -= h;
    const up = gradient(plus);
    const down = gradient(minus);
    return up.map((value, i) => (value - down[i]!) / (2 * h));
  });
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (columns[j]![i]! + columns[i]![j]!) / 2));
}
