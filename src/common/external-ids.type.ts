import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";

export enum ExternalSource {
  IMDB = "IMDB",
  TMDB = "TMDB",
  TVMAZE = "TVMAZE",
  WIKIDATA = "WIKIDATA",
}

registerEnumType(ExternalSource, {
  name: "ExternalSource",
  description: "A catalogue that identifies shows and people.",
});

/** The node property that holds each catalogue's id. */
export const EXTERNAL_ID_PROPERTY = {
  IMDB: "imdbId",
  TMDB: "tmdbId",
  TVMAZE: "tvmazeId",
  WIKIDATA: "wikidataId",
} as const satisfies Record<ExternalSource, string>;

@ObjectType({ description: "Identifiers of the same entity in other catalogues." })
export class ExternalIds {
  @Field(() => String, { nullable: true, description: "IMDb: tt… for shows, nm… for people." })
  imdb!: string | null;

  @Field(() => String, { nullable: true })
  tmdb!: string | null;

  @Field(() => String, { nullable: true })
  tvmaze!: string | null;

  @Field(() => String, { nullable: true, description: "Wikidata Q-identifier." })
  wikidata!: string | null;
}

@InputType({ description: "An id in another catalogue." })
export class ExternalIdInput {
  @Field(() => ExternalSource)
  source!: ExternalSource;

  @Field(() => String)
  id!: string;
}

export function externalIdsOf(
  properties: Partial<Record<(typeof EXTERNAL_ID_PROPERTY)[ExternalSource], string | null>>,
): ExternalIds {
  return {
    imdb: properties.imdbId ?? null,
    tmdb: properties.tmdbId ?? null,
    tvmaze: properties.tvmazeId ?? null,
    wikidata: properties.wikidataId ?? null,
  };
}
