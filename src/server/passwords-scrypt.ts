import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import type { PasswordHasher } from "./deps";

// OWASP-recommended scrypt cost (N=2^17, r=8, p=1) needs 128 MiB; maxmem allows it.
const params = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 };
const keyLength = 32;

function derive(password: string, salt: Buffer, cost: typeof params): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, keyLength, cost, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** scrypt hashes stored as `scrypt$N$r$p$salt$hash` (base64url). */
export function scryptHasher(cost: Partial<typeof params> = {}): PasswordHasher {
  const chosen = { ...params, ...cost };
  return {
    async hash(password) {
      const salt = randomBytes(16);
      const key = await derive(password, salt, chosen);
      return ["scrypt", chosen.N, chosen.r, chosen.p, salt.toString("base64url"), key.toString("base64url")].join("$");
    },
    async verify(password, stored) {
      const [scheme, n, r, p, salt, hash] = stored.split("$");
      if (scheme !== "scrypt" || !salt || !hash) return false;
      const expected = Buffer.from(hash, "base64url");
      const key = await derive(password, Buffer.from(salt, "base64url"), {
        ...params,
        N: Number(n),
        r: Number(r),
        p: Number(p),
      });
      return key.length === expected.length && timingSafeEqual(key, expected);
    },
  };
}
