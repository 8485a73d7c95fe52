import type { FieldNode, FragmentDefinitionNode, SelectionSetNode } from "graphql";
import { Kind } from "graphql";

/** The fields a selection asks for, by response key (alias or name), fragments merged in. */
export type FieldSelections = Map<string, FieldNode[]>;

export interface SelectionScope {
  fragments: Record<string, FragmentDefinitionNode>;
}

/**
 * Flattens the selection sets of `nodes` (one field as it may appear several times) into their
 * fields by response key. Returns null when a selection is conditional (`@skip`/`@include`) or
 * type-conditioned on an abstract type: the planner then leaves the field to the resolvers, which
 * handle every case.
 */
export function fieldSelections(
  nodes: readonly FieldNode[],
  { fragments }: SelectionScope,
  typeName: string,
): FieldSelections | null {
  const fields: FieldSelections = new Map();
  const visit = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).every((selection) => {
      if ((selection.directives ?? []).length > 0) {
        return false;
      }
      switch (selection.kind) {
        case Kind.FIELD: {
          const key = selection.alias?.value ?? selection.name.value;
          fields.set(key, [...(fields.get(key) ?? []), selection]);
          return true;
        }
        case Kind.INLINE_FRAGMENT:
          return sameType(selection.typeCondition?.name.value, typeName) && visit(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments[selection.name.value];
          return (
            fragment !== undefined &&
            sameType(fragment.typeCondition.name.value, typeName) &&
            visit(fragment.selectionSet)
          );
        }
      }
    });
  return nodes.every((node) => visit(node.selectionSet)) ? fields : null;
}

function sameType(condition: string | undefined, typeName: string): boolean {
  return condition === undefined || condition === typeName;
}

/** The name of the field behind a response key (the same for every node of one key). */
export function fieldName(nodes: FieldNode[]): string {
  return nodes[0]?.name.value ?? "";
}
