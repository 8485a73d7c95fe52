import { enumRank, relationshipTypes } from "../common/cypher-enum.js";
import { LocationRole } from "./location-role.enum.js";

/** Used as `$filter`: one role, or null for all of them. */
export interface LocationRoleFilter {
  role: LocationRole | null;
}

/** Every show-to-place relationship type, for patterns. */
export const LOCATION_ROLE_TYPES = relationshipTypes(Object.values(LocationRole));

/** Keeps the `placed` relationships of the role asked for. */
export const ROLE_FILTER = "($filter.role IS NULL OR type(placed) = $filter.role)";

/** Set in, then filmed in, then produced in. */
export const ROLE_RANK = enumRank("type(placed)", Object.values(LocationRole));
