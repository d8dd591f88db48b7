// Every string the app shows lives in these locale files, one namespace per screen, so a
// translator works file by file and screens do not collide.
import account from "./locales/en/account.json";
import circle from "./locales/en/circle.json";
import common from "./locales/en/common.json";
import crisisLines from "./locales/en/crisisLines.json";
import data from "./locales/en/data.json";
import glimmers from "./locales/en/glimmers.json";
import insights from "./locales/en/insights.json";
import journal from "./locales/en/journal.json";
import library from "./locales/en/library.json";
import lock from "./locales/en/lock.json";
import measures from "./locales/en/measures.json";
import more from "./locales/en/more.json";
import mosaic from "./locales/en/mosaic.json";
import passkeys from "./locales/en/passkeys.json";
import push from "./locales/en/push.json";
import reachOut from "./locales/en/reachOut.json";
import refrains from "./locales/en/refrains.json";
import safetyPlan from "./locales/en/safetyPlan.json";
import settings from "./locales/en/settings.json";
import sos from "./locales/en/sos.json";
import steps from "./locales/en/steps.json";
import sync from "./locales/en/sync.json";
import therapy from "./locales/en/therapy.json";
import today from "./locales/en/today.json";

export const resources = {
  en: {
    account,
    circle,
    common,
    crisisLines,
    data,
    glimmers,
    journal,
    insights,
    library,
    lock,
    measures,
    more,
    passkeys,
    push,
    therapy,
    mosaic,
    reachOut,
    refrains,
    safetyPlan,
    settings,
    sos,
    steps,
    sync,
    today,
  },
} as const;
