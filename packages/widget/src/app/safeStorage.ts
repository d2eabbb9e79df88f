/** This frame's localStorage, or null when the browser denies storage to third-party frames. */
export function frameStorage(): Storage | null {
  try {
    const ls = window.localStorage;
    const probe = '__baton_probe__';
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return ls;
  } catch {
    return null;
  }
}

/**
 * A Storage kept in memory and mirrored through `persist` (to the host page's localStorage via
 * the loader), seeded from what the host handed back. Without a host, it forgets on reload.
 */
export function mirroredStorage(initial: Record<string, string>, persist: (key: string, value: string | null) => void = () => {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => {
      for (const key of data.keys()) persist(key, null);
      data.clear();
    },
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => {
      if (data.delete(key)) persist(key, null);
    },
    setItem: (key, value) => {
      const v = String(value);
      if (data.get(key) === v) return;
      data.set(key, v);
      persist(key, v);
    },
  };
}
