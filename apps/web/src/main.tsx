import "./zodConfig.ts";
import { render } from "preact";
import { App } from "./app/App.tsx";
import { registerServiceWorker } from "./app/registerServiceWorker.ts";
import { initI18n } from "./i18n/index.ts";
import { applySettings } from "./settings/settings.ts";
import { getSettings } from "./settings/useSettings.ts";
import "./styles/tokens.css";
import "./styles/base.css";

const settings = getSettings();
applySettings(settings);
initI18n(settings.language);

const root = document.getElementById("app");
if (root) render(<App />, root);
registerServiceWorker();
