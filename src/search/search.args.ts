import { ArgsType, Field, Int } from "type-graphql";

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../pagination/page-size.js";
import { SearchableType } from "./searchable-type.enum.js";

export const MAX_SEARCH_TEXT_LENGTH = 200;
export const MAX_SEARCH_WORDS = 10;

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description: `Words of a name or title, in any case, with or without accents; any word may be the start of a longer one, and words of four letters or more may have a typo or two (at most ${MAX_SEARCH_WORDS} words, ${MAX_SEARCH_TEXT_LENGTH} characters).`,
  })
  text!: string;

  @Field(() => [SearchableType], {
    nullable: true,
    description: "Only these kinds of entity; null or empty: every kind.",
  })
  types?: SearchableType[] | null;

  @Field(() => Int, {
    nullable: true,
    description: `At most this many hits (default ${DEFAULT_PAGE_SIZE}, max ${MAX_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Hits after this cursor." })
  after?: string | null;
}
