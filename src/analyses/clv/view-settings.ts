import { useViewSetting } from "../../app/view-settings";
import { TIME_UNIT_DAYS, type ClvOptions } from "./options";

// Settings from a link or file: plain text / number choices only; their values are checked by invalidClvOption.
const isClvChoices = (value: unknown) => {
  if (typeof value !== "object" || value === null) return false;
  const { timeUnit, model, calibrationEnd } = value as Partial<Record<keyof ClvOptions, unknown>>;
  return (
    Object.values(value).every((choice) => typeof choice === "string" || (typeof choice === "number" && Number.isFinite(choice))) &&
    (timeUnit === undefined || (typeof timeUnit === "string" && Object.hasOwn(TIME_UNIT_DAYS, timeUnit))) &&
    (model === undefined || model === "bgnbd" || model === "paretonbd") &&
    (calibrationEnd === undefined || (typeof calibrationEnd === "string" && /^\d{4}-\d{2}-\d{2}$/.test(calibrationEnd)))
  );
};

/** The lifetime-value view's settings (kept for links, files and storage): what the user chose, the rest is default. */
export function clvViewSettings() {
  return useViewSetting<Partial<ClvOptions>>("clv", "choices", {}, isClvChoices);
}
