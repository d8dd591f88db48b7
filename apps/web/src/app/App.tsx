import { ErrorBoundary, LocationProvider, lazy, Route } from "preact-iso";
import { useTranslation } from "react-i18next";
import { useLockStatus } from "../lock/lockState.ts";
import { CrisisLinesScreen } from "../screens/crisis-lines/CrisisLinesScreen.tsx";
import { GatedRouter } from "../screens/lock/GatedRouter.tsx";
import { MoreScreen } from "../screens/more/MoreScreen.tsx";
import { ReachOutScreen } from "../screens/reach-out/ReachOutScreen.tsx";
import { SafetyPlanScreen } from "../screens/safety-plan/SafetyPlanScreen.tsx";
import { BreatheScreen } from "../screens/sos/BreatheScreen.tsx";
import { SensesScreen } from "../screens/sos/SensesScreen.tsx";
import { ShapeScreen } from "../screens/sos/ShapeScreen.tsx";
import { SosHub } from "../screens/sos/SosHub.tsx";
import { SosRefrainsScreen } from "../screens/sos/SosRefrainsScreen.tsx";
import { WarmthScreen } from "../screens/sos/WarmthScreen.tsx";
import { TodayScreen } from "../screens/today/TodayScreen.tsx";
import { SettingsScreen } from "../settings/SettingsScreen.tsx";
import { focusNewScreen } from "./focusScreen.ts";
import { Nav } from "./Nav.tsx";
import { NotFound } from "./NotFound.tsx";
import { TopBar } from "./TopBar.tsx";

// Today, Settings and every part of the SOS flow ship in the first bundle (help must never
// wait for a chunk or the network); the other screens are separate chunks, all
// precached by the service worker, so they open offline too.
const StepsScreen = lazy(() => import("../screens/steps/StepsScreen.tsx").then((m) => m.StepsScreen));
const JournalScreen = lazy(() => import("../screens/journal/JournalScreen.tsx").then((m) => m.JournalScreen));
const GlimmersScreen = lazy(() =>
  import("../screens/glimmers/GlimmersScreen.tsx").then((m) => m.GlimmersScreen),
);
const RefrainsScreen = lazy(() =>
  import("../screens/refrains/RefrainsScreen.tsx").then((m) => m.RefrainsScreen),
);
const InsightsScreen = lazy(() =>
  import("../screens/insights/InsightsScreen.tsx").then((m) => m.InsightsScreen),
);
const MeasuresScreen = lazy(() =>
  import("../screens/measures/MeasuresScreen.tsx").then((m) => m.MeasuresScreen),
);
const TherapyScreen = lazy(() => import("../screens/therapy/TherapyScreen.tsx").then((m) => m.TherapyScreen));
const YourDataScreen = lazy(() => import("../screens/data/YourDataScreen.tsx").then((m) => m.YourDataScreen));
const MosaicScreen = lazy(() => import("../screens/mosaic/MosaicScreen.tsx").then((m) => m.MosaicScreen));
const LockSettingsScreen = lazy(() =>
  import("../screens/lock/LockSettingsScreen.tsx").then((m) => m.LockSettingsScreen),
);
const AccountScreen = lazy(() => import("../screens/account/AccountScreen.tsx").then((m) => m.AccountScreen));
const CircleScreen = lazy(() => import("../screens/circle/CircleScreen.tsx").then((m) => m.CircleScreen));
const StoriesScreen = lazy(() => import("../screens/stories/StoriesScreen.tsx").then((m) => m.StoriesScreen));
const ModerationScreen = lazy(() =>
  import("../screens/moderation/ModerationScreen.tsx").then((m) => m.ModerationScreen),
);

export function App() {
  const { t } = useTranslation();
  // While the app is locked, GatedRouter shows the lock in place of anything private (lock/).
  const locked = useLockStatus() === "locked";
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <div class="shell">
        <TopBar />
        {locked ? null : <Nav />}
        <main id="main" tabIndex={-1}>
          <ErrorBoundary>
            {/* In preact-iso "/x/*" needs a segment after /x, so each bare path has its own route. */}
            <GatedRouter onRouteChange={focusNewScreen}>
              <Route path="/" component={TodayScreen} />
              <Route path="/steps" component={StepsScreen} />
              <Route path="/journal" component={JournalScreen} />
              <Route path="/journal/*" component={JournalScreen} />
              <Route path="/glimmers" component={GlimmersScreen} />
              <Route path="/refrains" component={RefrainsScreen} />
              <Route path="/mosaic" component={MosaicScreen} />
              <Route path="/mosaic/*" component={MosaicScreen} />
              <Route path="/settings" component={SettingsScreen} />
              <Route path="/settings/lock" component={LockSettingsScreen} />
              <Route path="/more" component={MoreScreen} />
              <Route path="/insights" component={InsightsScreen} />
              <Route path="/measures" component={MeasuresScreen} />
              <Route path="/measures/*" component={MeasuresScreen} />
              <Route path="/therapy" component={TherapyScreen} />
              <Route path="/therapy/*" component={TherapyScreen} />
              <Route path="/your-data" component={YourDataScreen} />
              <Route path="/account" component={AccountScreen} />
              <Route path="/circle" component={CircleScreen} />
              <Route path="/circle/invite" component={CircleScreen} />
              <Route path="/circle/join" component={CircleScreen} />
              <Route path="/circle/guide" component={CircleScreen} />
              <Route path="/circle/p/:peerId" component={CircleScreen} />
              <Route path="/stories" component={StoriesScreen} />
              <Route path="/stories/:sub" component={StoriesScreen} />
              <Route path="/stories/:sub/:id" component={StoriesScreen} />
              <Route path="/moderation" component={ModerationScreen} />
              <Route path="/moderation/*" component={ModerationScreen} />
              <Route path="/sos" component={SosHub} />
              <Route path="/sos/breathe" component={BreatheScreen} />
              <Route path="/sos/senses" component={SensesScreen} />
              <Route path="/sos/shape" component={ShapeScreen} />
              <Route path="/sos/warmth" component={WarmthScreen} />
              <Route path="/sos/refrains" component={SosRefrainsScreen} />
              <Route path="/sos/reach-out" component={ReachOutScreen} />
              <Route path="/safety-plan" component={SafetyPlanScreen} />
              <Route path="/crisis-lines" component={CrisisLinesScreen} />
              <Route default component={NotFound} />
            </GatedRouter>
          </ErrorBoundary>
        </main>
      </div>
    </LocationProvider>
  );
}
