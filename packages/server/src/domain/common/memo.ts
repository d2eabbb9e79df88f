/**
 * Small bounded caches for pure work on one text (its features, its normal form, a detector's scan), which the bot
 * pipeline otherwise redoes several times per turn and again on every later turn of the conversation. Keyed by the
 * exact string; when full the cache starts over, so a flood of distinct texts (4,000-character messages) costs
 * no more memory than `size` entries. Only for functions whose result depends on their arguments alone and which
 * callers do not mutate.
 */
let generation = 0;

/** Empties every cache (each on its next use): for a benchmark that times the work, not a cache's answer to a repeat. */
export function clearTextCaches(): void {
  generation++;
}

export function memoText<R>(fn: (text: string) => R, size = 512): (text: string) => R {
  const cache = new Map<string, R>();
  let born = generation;
  return (text: string): R => {
    if (born !== generation) {
      cache.clear();
      born = generation;
    }
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as R;
    const out = fn(text);
    if (cache.size >= size) cache.clear();
    cache.set(text, out);
    return out;
  };
}

/**
 * memoText for a function of a text and a second key: a model, a KB or a site (held weakly, so a site rebuilt lets
 * the old one's cache go), or a shop name.
 */
export function memoTextBy<K extends object | string, R>(fn: (key: K, text: string) => R, size = 512): (key: K, text: string) => R {
  const byObject = new WeakMap<object, (text: string) => R>();
  const byString = new Map<string, (text: string) => R>();
  return (key: K, text: string): R => {
    let f = typeof key === 'string' ? byString.get(key) : byObject.get(key);
    if (!f) {
      f = memoText((t) => fn(key, t), size);
      if (typeof key === 'string') byString.set(key, f);
      else byObject.set(key, f);
    }
    return f(text);
  };
}
