import type { PasswordHasher } from "./deps";

/**
 * Password hashing at most `slots` at a time, the rest queued: a burst of sign-ins (scrypt is
 * built to be slow and memory-hungry) then cannot starve the signed-in users' requests.
 */
export function limitHashing(hasher: PasswordHasher, slots: number): PasswordHasher {
  let running = 0;
  const waiting: (() => void)[] = [];
  async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  }
  return {
    hash: (password) => run(() => hasher.hash(password)),
    verify: (password, stored) => run(() => hasher.verify(password, stored)),
  };
}
