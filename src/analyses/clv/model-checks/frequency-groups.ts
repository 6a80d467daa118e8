/** Repeat-purchase counts 0 … LAST_GROUP − 1 have their own group; LAST_GROUP collects "LAST_GROUP or more". */
export const LAST_GROUP = 7;

/** The group of a customer with x repeat purchases. */
export function frequencyGroup(x: number): number {
  return Math.min(x, LAST_GROUP);
}
