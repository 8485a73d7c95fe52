import type { BroaderTerms } from "../common/broader-terms.js";
import { expandToNarrower } from "../common/broader-terms.js";
import { enumRank, relationshipTypes } from "../common/cypher-enum.js";
import { LocationRole } from "./location-role.enum.js";

/**
 * What each location role is a kind of (docs/model.md, "Broader terms"): filming is part of
 * production, so a place a show was filmed in is also a place it was produced in. Setting is the
 * story's, not the production's, and has nothing broader.
 */
export const LOCATION_ROLE_BROADER: BroaderTerms<LocationRole> = {
  [LocationRole.SET_IN]: null,
  [LocationRole.FILMED_IN]: LocationRole.PRODUCED_IN,
  [LocationRole.PRODUCED_IN]: null,
};

/** Used as `$filter`: the relationship types a role asked for covers, or null for all of them. */
export interface LocationRoleFilter {
  roles: LocationRole[] | null;
}

/** The filter for one role asked for (or none): the role and every narrower one. */
export function locationRoleFilter(role: LocationRole | null | undefined): LocationRoleFilter {
  return { roles: expandToNarrower(LOCATION_ROLE_BROADER, role ? [role] : null) };
}

/** Every show-to-place relationship type, for patterns. */
export const LOCATION_ROLE_TYPES = relationshipTypes(Object.values(LocationRole));

/** Keeps the `placed` relationships of the roles asked for. */
export const ROLE_FILTER = "($filter.roles IS NULL OR type(placed) IN $filter.roles)";

/** Set in, then filmed in, then produced in. */
export const ROLE_RANK = enumRank("type(placed)", Object.values(LocationRole));
