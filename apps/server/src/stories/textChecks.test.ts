import { describe, expect, it } from "vitest";
import { checkText, normalisePhrase } from "./textChecks.ts";

const calm = { harsh: false, reasons: [], crisis: false };

describe("checkText: ordinary healing-story sentences pass", () => {
  it.each([
    "I was so angry at my father",
    "therapy helped me get over the worst of it",
    "I couldn't get over it for years, and that's okay",
    "my sister died",
    "the abuse started when I was six",
    "I was raped when I was nine and I told no one",
    "He hurt me. I am learning that it was not my fault.",
    "My therapist helped me assess what I needed",
    "We drove through Scunthorpe on the way to my grandmother's",
    "We ate grapes in the garden",
    "It was a class assignment about my basement memories",
    "Thank you for sharing this. I hear you.",
    "Plan A or B, either way you matter",
    "the human upset me",
  ])("%s", (text) => {
    expect(checkText(text)).toEqual(calm);
  });
});

describe("checkText: profanity", () => {
  it.each([
    "fuck you",
    "what a load of shit",
    "you little bitch",
    "sh1t story",
    "b1tch",
    "fuuuuck this",
    "f*ck off",
    "f u c k you",
    "s.h.i.t",
    "f-u-c-k",
    "ʃṳ𝒸𝗄 you",
  ])("%s", (text) => {
    const result = checkText(text);
    expect(result.harsh).toBe(true);
    expect(result.reasons).toEqual(["profanity"]);
    expect(result.crisis).toBe(false);
  });
});

describe("checkText: dismissive phrases", () => {
  it.each([
    "Just get over it.",
    "honestly, GET OVER IT ALREADY",
    "Stop being dramatic",
    "it wasn't that bad",
    "it wasn’t that bad",
    "it wasnt that bad",
    "Others have it worse.",
    "move on already",
    "You’re overreacting",
    "youre overreacting",
    "this is attention-seeking",
    "man up",
    "just   snap\nout of it",
    "Everything happens for a reason",
    "at least it wasn't your mum",
    "you should forgive them",
    "stop playing the victim",
  ])("%s", (text) => {
    const result = checkText(text);
    expect(result.harsh).toBe(true);
    expect(result.reasons).toEqual(["dismissive"]);
  });

  it("names both reasons when both match, without echoing the text", () => {
    const result = checkText("just get over it, shit happens");
    expect(result).toEqual({ harsh: true, reasons: ["profanity", "dismissive"], crisis: false });
    expect(JSON.stringify(result)).not.toContain("over");
  });

  it("matches only whole words", () => {
    expect(checkText("a woman upstairs").harsh).toBe(false);
    expect(checkText("the batman update").harsh).toBe(false);
  });
});

describe("checkText: crisis language", () => {
  it.each([
    "Sometimes I want to kill myself",
    "I want to end my life",
    "I just want to die",
    "I don't want to be here anymore",
    "I don’t want to be here anymore",
    "I dont want to be here anymore",
    "I've been feeling suicidal",
    "my history of self-harm",
    "my history of self harm",
    "I hurt myself last night",
    "there is no reason to live",
    "everyone would be better off without me",
    "I took an overdose at sixteen",
    "my brother died by suicide",
    // Negations flag on purpose: a false flag costs a moderator a look, a miss costs more.
    "I'm not suicidal anymore",
  ])("%s", (text) => {
    expect(checkText(text).crisis).toBe(true);
  });

  it("crisis language alone is not harsh", () => {
    expect(checkText("I want to die")).toEqual({ harsh: false, reasons: [], crisis: true });
  });

  it.each([
    "I was so angry at my father",
    "that joke killed me",
    "the plant died while I was away",
    "my selfish brother",
    "I cut myself off from them",
  ])("does not flag %s", (text) => {
    expect(checkText(text).crisis).toBe(false);
  });
});

describe("normalisePhrase", () => {
  it("lowers case, drops apostrophes of every kind, turns hyphens into spaces", () => {
    expect(normalisePhrase("  You’re   SELF-harm\tdon't ")).toBe("youre self harm dont");
  });
});
