#!/usr/bin/env node
// Runs the TypeScript command line directly (no separate build step): the same ingest and SQL code as the page.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
