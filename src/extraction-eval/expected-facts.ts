import { z } from "zod";

/**
 * What a careful reader marks in one evaluation article (`eval/extraction/*.expected.yaml`), by
 * kind. Names are written exactly as the article spells them (diacritics included); dates as
 * precise as the article gives them. docs/extraction.md says how each kind is scored.
 */
const name = z.string().min(1);
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

export const EVENT_KINDS = ["PREMIERED", "CANCELED", "RENEWED", "ENDED", "PICKED_UP"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const expectedFactsSchema = z.strictObject({
  show: name,
  cast: z.array(z.strictObject({ actor: name, character: name })).default([]),
  crew: z.array(z.strictObject({ person: name, job: z.string() })).default([]),
  networks: z.array(name).default([]),
  events: z
    .array(
      z.strictObject({
        kind: z.enum(EVENT_KINDS),
        season: z.number().int().positive().optional(),
        date: partialDate.optional(),
      }),
    )
    .default([]),
  outlets: z.array(name).default([]),
  quotes: z
    .array(
      z.strictObject({
        speaker: name,
        role: z.string().optional(),
        outlet: name.optional(),
        /** The quote's first words; the extracted quote must start with them. */
        text: name,
      }),
    )
    .default([]),
  places: z
    .array(z.strictObject({ place: name, role: z.enum(["SET_IN", "FILMED_IN", "PRODUCED_IN"]) }))
    .default([]),
});

export type ExpectedFacts = z.infer<typeof expectedFactsSchema>;
