// Accounts and realm addresses: a named account (`alice`, `bob`) or a realm path maps to a stable
// `am1…` address derived from SHA-256 of the name, so every node agrees on it without a registry.
// A literal address is accepted as it is. It deliberately keeps no key material: locally an
// account is only a name, and signing is out of scope.
import { createHash } from 'node:crypto';

/** The alphabet of the address body (bech32's: no 1, b, i, o). */
const ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const ADDRESS = /^am1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{32}$/;
const ACCOUNT_NAME = /^[a-z][a-z0-9_-]{0,31}$/;

/** The address of a named account (`alice` → `am1…`). */
export function accountAddress(name: string): string {
  return derive(`account:${name}`);
}

/** The address of the realm at an import path (amigos.RealmAddr). */
export function realmAddress(path: string): string {
  return derive(`realm:${path}`);
}

/** Whether `text` is a literal address. */
export function isAddress(text: string): boolean {
  return ADDRESS.test(text);
}

/**
 * A caller or an `address` argument as typed: a literal address, or an account name. Returns the
 * address and the name it came from, or an error message.
 */
export function parseAccount(text: string): { address: string; name?: string } | { error: string } {
  if (isAddress(text)) return { address: text };
  if (ACCOUNT_NAME.test(text)) return { address: accountAddress(text), name: text };
  return { error: `"${text}" is neither an account name (lowercase letters, digits, - and _) nor an address (am1 followed by 32 characters)` };
}

function derive(seed: string): string {
  const digest = createHash('sha256').update(`amigos-address-1:${seed}`).digest();
  // 20 bytes = 160 bits = 32 groups of 5 bits.
  let bits = 0;
  let value = 0;
  let out = 'am1';
  for (let i = 0; i < 20; i++) {
    value = (value << 8) | digest[i];
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(value >> bits) & 31];
    }
  }
  return out;
}
