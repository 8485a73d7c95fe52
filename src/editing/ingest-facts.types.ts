import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

import { Edit } from "./edit.type.js";

/** How a facts document is written (docs/ingestion.md). */
export enum FactsFormat {
  YAML = "YAML",
  JSON = "JSON",
  JSON_LINES = "JSON_LINES",
}

registerEnumType(FactsFormat, { name: "FactsFormat", description: "How a facts document is written." });

/** Which known time the claims a document creates get (docs/model.md, "Known time"). */
export enum IngestKnownTime {
  EDIT = "EDIT",
  SOURCES = "SOURCES",
}

registerEnumType(IngestKnownTime, {
  name: "IngestKnownTime",
  description: "Which known time the claims an ingest creates get.",
  valuesConfig: {
    EDIT: {
      description:
        "The day of this edit: the graph learns them now, so @asOf(knownOn:) before today does not show them (issue 13).",
    },
    SOURCES: {
      description:
        "Derived from the articles' publication dates, as `showgraph ingest` does: for back-filling an archive, so that the graph's past shows what those articles told.",
    },
  },
});

@InputType({ description: "A whole facts document (the format `showgraph ingest` reads), sent as text." })
export class IngestFactsInput {
  @Field(() => String, { description: "The document: one article, its entities, quotes and claims." })
  document!: string;

  @Field(() => FactsFormat, { defaultValue: FactsFormat.YAML })
  format!: FactsFormat;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Check it against the graph and report what it would do, writing nothing.",
  })
  dryRun!: boolean;

  @Field(() => IngestKnownTime, {
    defaultValue: IngestKnownTime.EDIT,
    description: "The known time of the claims the document creates; claims it matches keep theirs.",
  })
  knownTime!: IngestKnownTime;

  @Field(() => String, { nullable: true, description: "Why, for the edit record." })
  reason?: string | null;
}

@ObjectType({ description: "What ingesting did (or would do) to one kind of node." })
export class IngestCount {
  @Field(() => String, { description: "The node label: Show, Person, Claim..." })
  label!: string;

  @Field(() => Int)
  created!: number;

  @Field(() => Int, {
    description: "Found in the graph already (by external id, id, name or, for claims, content).",
  })
  matched!: number;

  @Field(() => Int, { description: "Of those matched, how many the document changed." })
  updated!: number;

  @Field(() => Int, { description: "Claims only: passages of this article added as their sources." })
  newSources!: number;
}

@ObjectType({ description: "The report `showgraph ingest` prints, as data." })
export class IngestFactsPayload {
  @Field(() => Boolean, { description: "True when nothing was written (dryRun)." })
  dryRun!: boolean;

  @Field(() => Boolean, { description: "False when the graph already held everything the document says." })
  changed!: boolean;

  @Field(() => Int)
  records!: number;

  @Field(() => [IngestCount])
  counts!: IngestCount[];

  @Field(() => Int)
  relationshipsCreated!: number;

  @Field(() => Int)
  propertiesSet!: number;

  @Field(() => Edit, {
    nullable: true,
    description: "The edit record; null for a dry run or a document that changed nothing.",
  })
  edit!: Edit | null;
}
