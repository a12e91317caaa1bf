import type { PasswordHasher } from "./deps";

// Browser demo only: Web Crypto has no scrypt, so the in-browser API uses PBKDF2.
const iterations = 100_000;
const encoder = new TextEncoder();

const toB64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromB64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(password: string, salt: Uint8Array, rounds: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(password), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations: rounds },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export function webCryptoHasher(): PasswordHasher {
  return {
    async hash(password) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      return ["pbkdf2", iterations, toB64(salt), toB64(await derive(password, salt, iterations))].join("$");
    },
    async verify(password, stored) {
      const [scheme, rounds, salt, hash] = stored.split("$");
      if (scheme !== "pbkdf2" || !salt || !hash) return false;
      const key = await derive(password, fromB64(salt), Number(rounds));
      return toB64(key) === hash;
    },
  };
}
