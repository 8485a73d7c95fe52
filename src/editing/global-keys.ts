import { fromGlobalId } from "../common/global-id.js";
import { BadUserInputError } from "../errors/showgraph-error.js";

/** The storage key of a global ID of `typename`, or BAD_USER_INPUT naming the argument. */
function keyOf(id: string, typename: string, argument: string): string {
  const resolved = fromGlobalId(id);
  if (resolved.typename !== typename) {
    throw new BadUserInputError(
      `"${id}" is not the ID of ${typename === "Article" ? "an" : "a"} ${typename.toLowerCase()}`,
      {
        argument,
      },
    );
  }
  return resolved.key;
}

/** A Claim's storage key from its global ID (argument `claim`). */
export function claimKey(id: string): string {
  return keyOf(id, "Claim", "claim");
}

/** An Article's storage key from its global ID (argument `article`). */
export function articleKey(id: string): string {
  return keyOf(id, "Article", "article");
}
