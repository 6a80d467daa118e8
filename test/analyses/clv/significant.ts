import { expect } from "vitest";

/** Expects `actual` to round to the same `digits` significant digits as `published` (half a unit of the last digit). */
export function expectSignificant(actual: number, published: number, digits = 4): void {
  const lastDigit = Math.pow(10, Math.floor(Math.log10(Math.abs(published))) - digits + 1);
  expect(Math.abs(actual - published), `${actual} vs ${published} to ${digits} significant digits`).toBeLessThanOrEqual(lastDigit / 2 + 1e-12);
}
