import { churnCommand } from "../analyses/churn/cli";
import { clvCommand } from "../analyses/clv/cli";
import { cohortsCommand } from "../analyses/cohorts/cli";
import { overviewCommand } from "../analyses/overview/cli";
import { pyramidCommand } from "../analyses/pyramid/cli";
import { rfmCommand } from "../analyses/rfm/cli";
import type { CliCommand } from "./command";
import { profileCommand } from "./profile-command";

/** Every command of `crm-studio`; an analysis adds its own `cli.ts` here. */
export const COMMANDS: CliCommand[] = [profileCommand, overviewCommand, rfmCommand, cohortsCommand, pyramidCommand, churnCommand, clvCommand];
