import type { Database } from "../engine/database";
import type { CliOptions } from "./args";

/** One `crm-studio <name>` command: its own flags, and a run that returns JSON-able output or CSV text. */
export interface CliCommand {
  name: string;
  summary: string;
  /** Flags beyond the common ones, e.g. `{ period: { type: "string" } }`. */
  options?: Record<string, { type: "string" | "boolean" }>;
  usage?: string;
  run(db: Database, options: CliOptions): Promise<{ json: unknown; csv: string }>;
}
