import type { NeedId } from "./records/checkin.ts";
import type { StepCategory } from "./records/step.ts";

export interface LibraryStep {
  /** Fixed forever: devices that sync later must agree on a library step's id. */
  id: string;
  /** Its words are in the locale files under library:<key>. */
  key: string;
  category: StepCategory;
  needs: NeedId[];
}

/** The starting library of tiny steps across body, home, outside, connection, creativity and rest. */
export const STEP_LIBRARY: readonly LibraryStep[] = [
  { id: "4d7e3eb5-23f3-599f-8f5a-6bf78eb1d52e", key: "glassOfWater", category: "body", needs: ["water"] },
  { id: "862fb6b7-4d74-5db6-b26f-b9d03acabd36", key: "eatSomething", category: "body", needs: ["food"] },
  { id: "e46af244-7c8f-533a-b06b-e469008853af", key: "bathroomBreak", category: "body", needs: ["bathroom"] },
  { id: "b775cffd-24dc-50a8-a7b3-d9980eaa3301", key: "warmWaterHands", category: "body", needs: ["warmth"] },
  { id: "711bd904-7397-55af-bb59-820672acf9c2", key: "stretch", category: "body", needs: ["movement"] },
  { id: "143516c9-f5aa-554d-99b3-a48559e1d34e", key: "shoulderRoll", category: "body", needs: ["movement"] },
  {
    id: "2d5332d0-631f-51c3-95bb-f5eea077a665",
    key: "freshTea",
    category: "body",
    needs: ["water", "warmth"],
  },
  { id: "6e3e16f9-b824-568b-a483-b5d37e02bdfb", key: "washFace", category: "body", needs: ["warmth"] },
  { id: "9b73fa02-3ec3-5dd2-b680-a5df9ff90f65", key: "makeBed", category: "home", needs: [] },
  { id: "85a63b98-07b7-59ad-9094-fdf7d8625b9a", key: "openCurtains", category: "home", needs: [] },
  { id: "88b8b379-6978-5c8c-9284-66049935bb2e", key: "clearSurface", category: "home", needs: [] },
  { id: "eec5db9f-a9a4-5805-a025-6dd7100a0ea4", key: "washCup", category: "home", needs: [] },
  { id: "59f8a2fa-1d41-57ac-a2ed-27a115aaba39", key: "freshAir", category: "home", needs: [] },
  { id: "338ddba3-a281-5d16-87f5-702064e56b14", key: "putOnMusic", category: "home", needs: [] },
  { id: "05a31ede-625a-58a8-9a60-ea94e25ecaa0", key: "shortWalk", category: "outside", needs: ["movement"] },
  {
    id: "e24ff24f-6ad2-5b02-b3ba-7fb0d6e1d6cc",
    key: "stepOutside",
    category: "outside",
    needs: ["movement"],
  },
  { id: "dbebd298-923d-536e-bf88-d6d5f4d29035", key: "lookAtSky", category: "outside", needs: [] },
  { id: "47407fe7-8a7d-5d42-9d4a-303dabfd0d0f", key: "touchATree", category: "outside", needs: ["movement"] },
  { id: "909591bd-2aab-5082-8063-0197e41498b1", key: "sitInSun", category: "outside", needs: ["warmth"] },
  { id: "2aeb7761-df60-5a5e-a9fe-b097506a36e6", key: "textFriend", category: "connection", needs: [] },
  { id: "8b81962d-583e-5850-b7e5-f5e301c04f5a", key: "sendHeart", category: "connection", needs: [] },
  { id: "f0730f79-bacf-5e39-8ba0-06eefe49c102", key: "callSomeone", category: "connection", needs: [] },
  { id: "905a8811-131b-5367-bb46-a6f2e50bbe77", key: "thankSomeone", category: "connection", needs: [] },
  { id: "9b448559-3d06-5490-af55-ff4e343ae2a9", key: "petAnimal", category: "connection", needs: ["warmth"] },
  { id: "61c06014-6116-5a5a-ab7f-91bea81b88e3", key: "sketchTwoMinutes", category: "creativity", needs: [] },
  { id: "e53efd57-61f7-5f17-8f56-f579f67e1b61", key: "writeOneLine", category: "creativity", needs: [] },
  { id: "9b2a6ff9-c8d8-50db-b0ba-6c3b4c01f2a0", key: "hum", category: "creativity", needs: [] },
  { id: "b3fe70da-a487-59ae-a7e0-da2c70abe237", key: "photoOfLight", category: "creativity", needs: [] },
  { id: "49ffc8d7-1e8a-5219-93cb-776505d7f8c3", key: "colourSomething", category: "creativity", needs: [] },
  { id: "65eb987d-589f-566b-a848-131bc5c221ce", key: "restEyes", category: "rest", needs: ["rest"] },
  { id: "4125c1af-c47a-5a6b-bcc9-cd47fc060e8f", key: "liedown", category: "rest", needs: ["rest"] },
  { id: "3518be62-4745-585d-a2e9-0c4ccd1bf1f3", key: "blanket", category: "rest", needs: ["warmth", "rest"] },
  { id: "bc0c8296-6fef-5006-bb2b-5f5ee6b50ba3", key: "slowBreaths", category: "rest", needs: ["rest"] },
  { id: "8898b404-978d-569a-b34f-81bb5eea6610", key: "earlyNight", category: "rest", needs: ["rest"] },
  { id: "fd1d2b74-9932-5906-acef-973d923fc738", key: "handOnHeart", category: "rest", needs: [] },
  { id: "da5f9468-ed02-59fd-bd0a-2ebfdcfb3f80", key: "sitQuietly", category: "rest", needs: ["rest"] },
];
