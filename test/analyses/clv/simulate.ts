/** A seeded random source (splitmix32): the same seed gives the same data on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    z = (z ^ (z >>> 16)) >>> 0;
    return (z + 0.5) / 4294967296;
  };
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, rate) by Marsaglia & Tsang (2000), with the shape < 1 boost. */
export function gammaSample(random: () => number, shape: number, rate: number): number {
  if (shape < 1) return gammaSample(random, shape + 1, rate) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = normal(random);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

function betaSample(random: () => number, a: number, b: number): number {
  const g = gammaSample(random, a, 1);
  return g / (g + gammaSample(random, b, 1));
}

const exponential = (random: () => number, rate: number) => -Math.log(random()) / rate;

export type SimulatedSummary = { x: number[]; tx: number[]; T: number[] };

/** Observation lengths T uniform on [minT, maxT] (customers acquired over a period, observed to one date). */
function ages(random: () => number, n: number, minT: number, maxT: number): number[] {
  return Array.from({ length: n }, () => minT + (maxT - minT) * random());
}

/** BG/NBD customers: purchases at rate λ ~ Gamma(r, α); after each repeat purchase the customer leaves with probability p ~ Beta(a, b). */
export function simulateBgNbd(params: { r: number; alpha: number; a: number; b: number }, n: number, seed: number, minT = 26, maxT = 52): SimulatedSummary {
  const random = seededRandom(seed);
  const summary: SimulatedSummary = { x: [], tx: [], T: ages(random, n, minT, maxT) };
  for (const T of summary.T) {
    const lambda = gammaSample(random, params.r, params.alpha);
    const p = betaSample(random, params.a, params.b);
    let time = 0;
    let x = 0;
    let last = 0;
    for (;;) {
      time += exponential(random, lambda);
      if (time > T) break;
      x += 1;
      last = time;
      if (random() < p) break;
    }
    summary.x.push(x);
    summary.tx.push(last);
  }
  return summary;
}

/** Pareto/NBD customers: purchases at rate λ ~ Gamma(r, α) until an exponential lifetime with rate μ ~ Gamma(s, β). */
export function simulateParetoNbd(params: { r: number; alpha: number; s: number; beta: number }, n: number, seed: number, minT = 26, maxT = 52): SimulatedSummary {
  const random = seededRandom(seed);
  const summary: SimulatedSummary = { x: [], tx: [], T: ages(random, n, minT, maxT) };
  for (const T of summary.T) {
    const lambda = gammaSample(random, params.r, params.alpha);
    const end = Math.min(T, exponential(random, gammaSample(random, params.s, params.beta)));
    let time = exponential(random, lambda);
    let x = 0;
    let last = 0;
    while (time <= end) {
      x += 1;
      last = time;
      time += exponential(random, lambda);
    }
    summary.x.push(x);
    summary.tx.push(last);
  }
  return summary;
}

/** Gamma-Gamma mean values: each customer's ν ~ Gamma(q, γ), each purchase ~ Gamma(p, ν); NaN when x = 0. */
export function simulateMeanSpend(params: { p: number; q: number; gamma: number }, x: number[], seed: number): number[] {
  const random = seededRandom(seed);
  return x.map((count) => {
    const nu = gammaSample(random, params.q, params.gamma);
    if (count === 0) return Number.NaN;
    let total = 0;
    for (let k = 0; k < count; k++) total += gammaSample(random, params.p, nu);
    return total / count;
  });
}
