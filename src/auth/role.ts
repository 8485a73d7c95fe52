import { registerEnumType } from "type-graphql";

/**
 * What a bearer token may do. Each role includes the ones before it: a reader reads (when reads are
 * private, AUTH_READS=token), an editor also writes facts, an admin also merges entities and
 * manages tokens.
 */
export enum Role {
  READER = "READER",
  EDITOR = "EDITOR",
  ADMIN = "ADMIN",
}

registerEnumType(Role, {
  name: "Role",
  description: "What a token may do; each role includes the ones before it (READER < EDITOR < ADMIN).",
});

const RANK: Record<Role, number> = { [Role.READER]: 0, [Role.EDITOR]: 1, [Role.ADMIN]: 2 };

/** Whether a token with role `held` may do what needs `needed`. */
export function roleAllows(held: Role, needed: Role): boolean {
  return RANK[held] >= RANK[needed];
}

/** `editor` or `EDITOR` as the role; undefined for anything else. */
export function parseRole(text: string): Role | undefined {
  const upper = text.toUpperCase();
  return Object.values(Role).find((role) => role === upper);
}
