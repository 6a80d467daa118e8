import { t } from "../../i18n/i18n";
import type { MigrationFrom, MigrationTo, PyramidTier } from "./types";

/** The tier's name in the user's language. */
export const tierLabel = (tier: PyramidTier): string => t(`pyramid.tier.${tier}`);

/** A row of the migration matrix: New or a tier. */
export const fromLabel = (from: MigrationFrom): string => (from === "new" ? t("pyramid.from.new") : tierLabel(from));

/** A column of the migration matrix: a tier or Lost. */
export const toLabel = (to: MigrationTo): string => (to === "lost" ? t("pyramid.to.lost") : tierLabel(to));
