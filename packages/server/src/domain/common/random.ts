/** A small seeded PRNG (mulberry32) and helpers: training, splits and simulations are reproducible. */
export type Rng = () => number;

/**
 * mulberry32 as an object: `next()` is one shared method, so hot loops that call it keep a stable call target
 * across calls (a fresh closure per simulation makes optimised code deoptimise on its next use).
 */
export class Mulberry32 {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** The same generator as a function. */
export function seededRandom(seed: number): Rng {
  const g = new Mulberry32(seed);
  return () => g.next();
}

/** Fisher–Yates shuffle in place. */
export function shuffleInPlace<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
  return items;
}
