import { render } from "solid-js/web";
import { App } from "./app/App";
import { appMessages } from "./app/messages";
import { ANALYSES } from "./analyses/registry";
import { registerMessages, locale } from "./i18n/i18n";
import "./ui/styles.css";

registerMessages(appMessages);
for (const analysis of ANALYSES) registerMessages(analysis.messages);
document.documentElement.lang = locale();

render(() => <App />, document.getElementById("app")!);
