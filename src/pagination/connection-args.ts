import type { GraphQLResolveInfo } from "graphql";
import { ArgsType, Field, Int } from "type-graphql";

import { BadUserInputError } from "../errors/showgraph-error.js";
import type { SortKeyValue } from "./cursor.js";
import { decodeCursor } from "./cursor.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-size.js";
import { selectsField } from "./selects-field.js";

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page forward: at most this many items (default ${DEFAULT_PAGE_SIZE}, max ${MAX_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Page forward: items after this cursor." })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page backward: at most this many items before \`before\` (max ${MAX_PAGE_SIZE}).`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Page backward: items before this cursor." })
  before?: string | null;
}

/** A validated page request: what a connection query needs, whatever the GraphQL arguments were. */
export interface PageRequest {
  direction: "FORWARD" | "BACKWARD";
  size: number;
  after: SortKeyValue[] | null;
  before: SortKeyValue[] | null;
  /** The order the cursors were made in (see cursor-order.ts); null without cursors. */
  order: string | null;
  /** Whether to count every item (`totalCount` is selected); false skips the count. */
  totalCount: boolean;
}

function checkSize(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`${argument} must be between 0 and ${MAX_PAGE_SIZE} (got ${value})`, {
      argument,
    });
  }
  return value;
}

/**
 * Checks a connection's arguments. With the resolver's `info`, the total is counted only when
 * the selection asks for `totalCount`; without it, always.
 */
export function toPageRequest(
  { first, after, last, before }: ConnectionArgs,
  info?: GraphQLResolveInfo,
): PageRequest {
  if (first != null && last != null) {
    throw new BadUserInputError("Pass either first or last, not both", { argument: "first" });
  }
  const afterCursor = after != null ? decodeCursor(after, "after") : null;
  const beforeCursor = before != null ? decodeCursor(before, "before") : null;
  if (afterCursor && beforeCursor && afterCursor.order !== beforeCursor.order) {
    throw new BadUserInputError("The after and before cursors were made for different orders", {
      argument: "before",
    });
  }
  return {
    direction: last != null ? "BACKWARD" : "FORWARD",
    size: last != null ? checkSize(last, "last") : checkSize(first ?? DEFAULT_PAGE_SIZE, "first"),
    after: afterCursor?.sortKey ?? null,
    before: beforeCursor?.sortKey ?? null,
    order: (afterCursor ?? beforeCursor)?.order ?? null,
    totalCount: info ? selectsField(info, "totalCount") : true,
  };
}
