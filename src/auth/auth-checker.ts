import type { AuthChecker } from "type-graphql";

import { ForbiddenError, UnauthenticatedError } from "../errors/showgraph-error.js";
import type { Role } from "./role.js";
import { roleAllows } from "./role.js";
import type { Viewer } from "./viewer.js";

/**
 * TypeGraphQL's `@Authorized(Role.EDITOR)` check: no viewer is a 401, a viewer whose role is too
 * low a 403. Thrown rather than returning false, so the client gets our codes, not TypeGraphQL's
 * generic "Access denied".
 */
export const authChecker: AuthChecker<{ viewer?: Viewer }, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) {
    throw new UnauthenticatedError();
  }
  const needed = roles[0];
  if (needed !== undefined && !roleAllows(viewer.role, needed)) {
    throw new ForbiddenError(needed);
  }
  return true;
};
