import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum (19 MiB, t=2, p=1): deliberate cost, ~25 ms per hash here.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist keeps timing equal for unknown logins.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password');
  return dummyHash;
}

/**
 * The password hash of an account whose password is still its SPEC §1 initial password, derived
 * from data on record (the last 6 characters of the ID number…), written by imports that create
 * thousands of accounts at once: hashing 30,000 derived passwords would take ~12 minutes of CPU,
 * and a hash of a value the database already holds protects nothing. It is not an argon2 string,
 * so `verifyPassword` never accepts it; `accountPasswordMatches` (modules/auth) compares against
 * the rule instead, and the forced change at first sign-in replaces it with a real hash.
 */
export const INITIAL_RULE_HASH = 'initial-password-rule';
