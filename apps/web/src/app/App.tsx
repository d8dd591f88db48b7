import { ErrorBoundary, LocationProvider, lazy, Route, Router } from "preact-iso";
import { useTranslation } from "react-i18next";
import { TodayScreen } from "../screens/today/TodayScreen.tsx";
import { SettingsScreen } from "../settings/SettingsScreen.tsx";
import { Nav } from "./Nav.tsx";
import { NotFound } from "./NotFound.tsx";

// Today and Settings ship in the first bundle; the other screens are separate chunks, all
// precached by the service worker, so they open offline too.
const StepsScreen = lazy(() => import("../screens/steps/StepsScreen.tsx").then((m) => m.StepsScreen));
const JournalScreen = lazy(() => import("../screens/journal/JournalScreen.tsx").then((m) => m.JournalScreen));
const GlimmersScreen = lazy(() =>
  import("../screens/glimmers/GlimmersScreen.tsx").then((m) => m.GlimmersScreen),
);
const RefrainsScreen = lazy(() =>
  import("../screens/refrains/RefrainsScreen.tsx").then((m) => m.RefrainsScreen),
);
const MosaicScreen = lazy(() => import("../screens/mosaic/MosaicScreen.tsx").then((m) => m.MosaicScreen));

/** After client-side navigation, focus lands on the new screen's content, not the old link. */
function focusMain() {
  document.getElementById("main")?.focus({ preventScroll: false });
}

export function App() {
  const { t } = useTranslation();
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <div class="shell">
        <header class="top-bar">
          <a class="brand" href="/">
            {t("appName")}
          </a>
          <a class="top-link" href="/settings">
            {t("nav.settings")}
          </a>
        </header>
        <Nav />
        <main id="main" tabIndex={-1}>
          <ErrorBoundary>
            {/* In preact-iso "/x/*" needs a segment after /x, so each bare path has its own route. */}
            <Router onRouteChange={focusMain}>
              <Route path="/" component={TodayScreen} />
              <Route path="/steps" component={StepsScreen} />
              <Route path="/journal" component={JournalScreen} />
              <Route path="/journal/*" component={JournalScreen} />
              <Route path="/glimmers" component={GlimmersScreen} />
              <Route path="/refrains" component={RefrainsScreen} />
              <Route path="/mosaic" component={MosaicScreen} />
              <Route path="/mosaic/*" component={MosaicScreen} />
              <Route path="/settings" component={SettingsScreen} />
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        </main>
      </div>
    </LocationProvider>
  );
}
