import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Every token starts with this, so secret scanners (and people) can recognise one. */
const PREFIX = "sgt";

/** 32 random bytes: 256 bits of entropy, so no guessing or offline search can find a token. */
const SECRET_BYTES = 32;

export interface NewApiToken {
  /** Public: stored in clear, shown by `token list`, used to find the token's record. */
  id: string;
  /** The whole bearer token, `sgt_<id>_<secret>`: shown once, never stored. */
  token: string;
  /** What is stored: SHA-256 of the whole token, hex. */
  hash: string;
}

/** Makes a token: a random id, a random secret, and the hash to store. */
export function generateApiToken(): NewApiToken {
  const id = randomBytes(6).toString("hex");
  const token = `${PREFIX}_${id}_${randomBytes(SECRET_BYTES).toString("base64url")}`;
  return { id, token, hash: hashApiToken(token) };
}

/**
 * SHA-256 from node:crypto. A slow password hash (scrypt, argon2) protects guessable passwords;
 * these secrets are 256 random bits, so a fast hash is as safe and keeps every request cheap (the
 * reasoning GitHub and npm apply to their tokens).
 */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The id inside a well-formed token, or undefined when the text is not one of ours. */
export function apiTokenId(token: string): string | undefined {
  return /^sgt_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/.exec(token)?.[1];
}

/** Compares in constant time, so response times say nothing about how much of a hash matched. */
export function apiTokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
