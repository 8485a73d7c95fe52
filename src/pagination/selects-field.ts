import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";
import { Kind } from "graphql";

function selectsIn(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  fragments: GraphQLResolveInfo["fragments"],
): boolean {
  return (selectionSet?.selections ?? []).some((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === name;
      case Kind.INLINE_FRAGMENT:
        return selectsIn(selection.selectionSet, name, fragments);
      case Kind.FRAGMENT_SPREAD:
        return selectsIn(fragments[selection.name.value]?.selectionSet, name, fragments);
    }
  });
}

/**
 * Whether the field being resolved selects `name` directly (through fragments too), so work for
 * a field nobody asked for (a connection's `totalCount`) can be skipped. `@skip`/`@include` are
 * not evaluated: a conditional selection counts as selected, which is only ever extra work.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selectsIn(node.selectionSet, name, info.fragments));
}
