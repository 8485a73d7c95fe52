import { describe, expect, it } from "vitest";

import type { FactsDraft } from "../../src/extract/extract-draft.js";
import { extractDraft } from "../../src/extract/extract-draft.js";

/** Names of the entities a claim links, for readable expectations. */
function named(draft: FactsDraft, reference: string | undefined): string {
  const entity = draft.entities.find((candidate) => `${candidate.type}:${candidate.id}` === reference);
  if (entity && "name" in entity && typeof entity.name === "string") {
    return entity.name;
  }
  return entity && "title" in entity && typeof entity.title === "string" ? entity.title : String(reference);
}

const links = (draft: FactsDraft, predicate: string) =>
  draft.claims
    .filter((claim) => claim.predicate === predicate)
    .map((claim) => `${named(draft, claim.subject)} -> ${named(draft, claim.object)}`);

/** Each form of each kind, in short made-up sentences (not the evaluation set's). */
describe("the phrasing journalists use", () => {
  it("finds the show: quoted, in italics, before its season, after a network's verb, 'X, the ... drama'", () => {
    const title = (text: string) => extractDraft(text).entities[0];
    expect(title("HBO Renews ‘The Gilded Age’ for Season 4\n\nThe Gilded Age will return.")).toMatchObject({
      title: "The Gilded Age",
    });
    expect(title("Why *Andor* Works\n\nAndor is slow.")).toMatchObject({ title: "Andor" });
    expect(title("Slow Horses Season 5 Sets Date\n\nSlow Horses returns.")).toMatchObject({
      title: "Slow Horses",
    });
    expect(title("Apple Cancels Hello Tomorrow After One Season\n\nHello Tomorrow is done.")).toMatchObject({
      title: "Hello Tomorrow",
    });
    expect(title("A Quiet Farewell\n\nBeef, the Netflix drama, is over.")).toMatchObject({ title: "Beef" });
  });

  it("pairs cast in every form, with descriptions and diacritics kept out of and in the names", () => {
    const draft = extractDraft(
      [
        "Casting news",
        "",
        "Zoë Kravitz stars as Rob, with Jake Lacy as her boyfriend Clyde. Óscar Jaenada plays Father Tomás.",
        "Björn Andrésen, who plays Dan, joins Mads Mikkelsen (Lars) and Anna Chancellor (Elsa).",
        "Toni Collette will play Dr. Ruth. Ella Rumpf joins the cast as Dasha.",
        "Ana Ularu and Paul Ready will play Irina and Marek, respectively.",
      ].join("\n"),
    );
    expect(links(draft, "PLAYS")).toEqual([
      "Zoë Kravitz -> Rob",
      "Jake Lacy -> Clyde",
      "Óscar Jaenada -> Father Tomás",
      "Björn Andrésen -> Dan",
      "Mads Mikkelsen -> Lars",
      "Anna Chancellor -> Elsa",
      "Toni Collette -> Dr. Ruth",
      "Ella Rumpf -> Dasha",
      "Ana Ularu -> Irina",
      "Paul Ready -> Marek",
    ]);
  });

  it("finds crew: created by, co-creator, showrunner, executive producer", () => {
    const draft = extractDraft(
      [
        "Crew news",
        "",
        "The drama was created by Phoebe Waller-Bridge and Vicky Jones. Showrunner Ronald D. Moore left.",
        "Jon Brown and Lucy Prebble were executive producers. Tony Gilroy, the show's co-creator, spoke.",
      ].join("\n"),
    );
    const credits = draft.claims
      .filter((claim) => claim.predicate === "WORKED_ON")
      .map((claim) => `${named(draft, claim.subject)}: ${String(claim.properties?.job)}`);
    expect(credits).toEqual([
      "Phoebe Waller-Bridge: CREATOR",
      "Vicky Jones: CREATOR",
      "Ronald D. Moore: SHOWRUNNER",
      "Jon Brown: EXECUTIVE_PRODUCER",
      "Lucy Prebble: EXECUTIVE_PRODUCER",
      "Tony Gilroy: CREATOR",
    ]);
  });

  it("dates events at the text's precision, keeps seasons apart from the show and names the networks", () => {
    const draft = extractDraft(
      [
        "'Warrior Nun' Saved",
        "",
        "Warrior Nun premiered on Netflix in July 2020. Netflix canceled the series on Dec. 13, 2022.",
        "The second season premiered in November 2022. Amazon renewed it for season 3 in 2023, and it was picked up by Peacock in 2024.",
      ].join("\n"),
    );
    const facts = draft.claims
      .filter((claim) => ["premiereDate", "status", "CANCELED", "CARRIES"].includes(claim.predicate))
      .map((claim) =>
        [
          named(draft, claim.subject),
          claim.predicate,
          claim.value ?? named(draft, claim.object),
          claim.validFrom ?? (claim.properties?.date as string | undefined) ?? "",
        ].join(" "),
      );
    expect(facts).toEqual([
      "Warrior Nun premiereDate 2020-07 ",
      "Netflix CARRIES Warrior Nun ",
      "Warrior Nun status CANCELED 2022-12-13",
      "Netflix CANCELED Warrior Nun 2022-12-13",
      "Season:warrior-nun/season-2 premiereDate 2022-11 ",
      "Warrior Nun status RUNNING 2023",
      "Peacock CARRIES Warrior Nun 2024",
    ]);
    expect(draft.entities.filter((entity) => entity.type === "Season").map((entity) => entity.id)).toEqual([
      "warrior-nun/season-2",
      "warrior-nun/season-3",
    ]);
  });

  it("finds outlets in every form, never across a sentence's end", () => {
    const draft = extractDraft(
      [
        "Outlets",
        "",
        "Deadline reported the news first. According to The Hollywood Reporter, it ends. Variety has learned more.",
        "It was first reported by TVLine. The star told Vulture. The show aired on Syfy. Deadline had it too.",
      ].join("\n"),
    );
    expect(
      draft.entities.filter((entity) => entity.type === "NewsSource").map((entity) => entity.id),
    ).toEqual(["deadline", "the-hollywood-reporter", "variety", "tvline", "vulture"]);
    expect(draft.article.cites).toEqual([
      "deadline-unknown-show-report",
      "the-hollywood-reporter-unknown-show-report",
      "variety-unknown-show-report",
      "tvline-unknown-show-report",
    ]);
  });

  it("gives quotes their speaker, role and outlet: after, before, split, over two sentences, straight or curly", () => {
    const text = [
      "Quotes",
      "",
      "“It was time,” Maya Erskine, the show's co-creator, told Variety. “We said what we wanted.”",
      "",
      '"I loved every day," Donald Glover said. "Truly."',
      "",
      "Sarah Snook said: “Shiv would hate this.”",
      "",
      "“We wanted,” said Jesse Armstrong, “to end on our own terms.”",
    ].join("\n");
    const draft = extractDraft(text);
    const said = draft.quotes.map((quote) => {
      const speaker = draft.claims.find(
        (claim) => claim.subject === `Quote:${quote.id}` && claim.predicate === "SAID_BY",
      );
      const outlet = draft.claims.find(
        (claim) => claim.subject === `Quote:${quote.id}` && claim.predicate === "GIVEN_TO",
      );
      return `${named(draft, speaker?.object)} (${outlet ? named(draft, outlet.object) : "-"}): ${quote.text}`;
    });
    expect(said).toEqual([
      "Maya Erskine (Variety): It was time,",
      "Maya Erskine (Variety): We said what we wanted.",
      "Donald Glover (-): I loved every day,",
      "Donald Glover (-): Truly.",
      "Sarah Snook (-): Shiv would hate this.",
      "Jesse Armstrong (-): We wanted,",
      "Jesse Armstrong (-): to end on our own terms.",
    ]);
    expect(draft.entities.find((entity) => entity.id === "maya-erskine")?.note).toBe(
      "speaks as the show's co-creator",
    );
    expect(links(draft, "WORKED_ON")).toEqual(["Maya Erskine -> Unknown show"]);
  });

  it("places shows: filmed in, set in, shot on location in, production moved to", () => {
    const draft = extractDraft(
      [
        "Places",
        "",
        "The series is set in Reykjavík and was filmed in Belfast, Northern Ireland. It was shot on location in Malta and Morocco.",
        "Production moved to Budapest.",
      ].join("\n"),
    );
    expect(
      ["SET_IN", "FILMED_IN", "PRODUCED_IN"].flatMap((role) =>
        links(draft, role).map((link) => `${role} ${link}`),
      ),
    ).toEqual([
      "SET_IN Unknown show -> Reykjavík",
      "FILMED_IN Unknown show -> Belfast",
      "FILMED_IN Unknown show -> Malta",
      "FILMED_IN Unknown show -> Morocco",
      "PRODUCED_IN Unknown show -> Budapest",
    ]);
  });
});
