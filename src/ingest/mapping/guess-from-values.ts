import type { ValueProfile } from "./value-profile";

const DATE_SHARE = 0.8;
const NUMBER_SHARE = 0.9;

function best(profiles: ValueProfile[], score: (profile: ValueProfile) => number): ValueProfile | undefined {
  // Sorting is stable, so equal scores keep the leftmost column first.
  return [...profiles].sort((a, b) => score(b) - score(a) || a.index - b.index)[0];
}

/** The column whose values read best as dates. */
export function guessDateColumn(profiles: ValueProfile[]): string | undefined {
  return best(profiles.filter((profile) => profile.dateShare >= DATE_SHARE), (profile) => profile.dateShare)?.column;
}

/** The numeric column with the most values written with decimals (money usually is); not a date. */
export function guessAmountColumn(profiles: ValueProfile[]): string | undefined {
  const candidates = profiles.filter((profile) => profile.numberShare >= NUMBER_SHARE && profile.decimalShare > 0 && profile.dateShare < DATE_SHARE);
  return best(candidates, (profile) => profile.decimalShare)?.column;
}

/**
 * The column that looks like a customer id: whole values (text or integers, no decimals) that repeat
 * (customers buy again) and take the most distinct values (unlike small counts such as quantities).
 */
export function guessCustomerColumn(profiles: ValueProfile[]): string | undefined {
  const candidates = profiles.filter(
    (profile) => profile.distinct >= 2 && profile.distinct < profile.filled && profile.decimalShare === 0 && profile.dateShare < DATE_SHARE,
  );
  return best(candidates, (profile) => profile.distinct)?.column;
}
