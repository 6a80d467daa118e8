import { render } from "solid-js/web";
import { App } from "./app/App";
import { startDatabaseWhenIdle } from "./app/database";
import { appMessages } from "./app/messages";
import { ANALYSES } from "./analyses/registry";
import { registerMessages, locale } from "./i18n/i18n";
import { registerServiceWorker } from "./offline/register-service-worker";
import { persistenceMessages } from "./persistence/messages";
import { restoreSavedSession } from "./persistence/restore";
import { consoleMessages } from "./console/messages";
import { reportMessages } from "./report/messages";
import { shareMessages } from "./share/messages";
import { watchSettingsLinks } from "./share/shared-settings";
import { tourMessages } from "./tour/messages";
import { sizeLimitMessages } from "./data-page/size-limit-messages";
import "./ui/styles.css";

registerMessages(appMessages);
registerMessages(persistenceMessages);
registerMessages(sizeLimitMessages);
for (const catalog of [shareMessages, consoleMessages, reportMessages, tourMessages]) registerMessages(catalog);
for (const analysis of ANALYSES) registerMessages(analysis.messages);
document.documentElement.lang = locale();

render(() => <App />, document.getElementById("app")!);
watchSettingsLinks();
void restoreSavedSession();
startDatabaseWhenIdle();
if (import.meta.env.PROD) void registerServiceWorker();
