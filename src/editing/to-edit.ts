import { hydrate } from "../node/node.interface.js";
import { Edit } from "./edit.type.js";

/** An Edit from `EDIT_PROJECTION`'s map. */
export function toEdit(row: Record<string, unknown>): Edit {
  return hydrate(Edit, row);
}
