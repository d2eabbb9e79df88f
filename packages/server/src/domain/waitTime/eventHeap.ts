/** The forward simulation's event queue. */

/** Binary min-heap on (time, code), on typed arrays that grow as needed. */
export class EventHeap {
  t = new Float64Array(1024);
  c = new Int32Array(1024);
  size = 0;
  clear(): void {
    this.size = 0;
  }
  push(time: number, code: number): void {
    if (this.size === this.t.length) {
      const t = new Float64Array(this.size * 2);
      t.set(this.t);
      this.t = t;
      const c = new Int32Array(this.size * 2);
      c.set(this.c);
      this.c = c;
    }
    const t = this.t;
    const c = this.c;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (t[p]! < time || (t[p] === time && c[p]! <= code)) break;
      t[i] = t[p]!;
      c[i] = c[p]!;
      i = p;
    }
    t[i] = time;
    c[i] = code;
  }
  /** Pops the minimum into `out` (time, code). */
  pop(out: { time: number; code: number }): void {
    const t = this.t;
    const c = this.c;
    out.time = t[0]!;
    out.code = c[0]!;
    const n = --this.size;
    if (!n) return;
    const lt = t[n]!;
    const lc = c[n]!;
    let i = 0;
    for (;;) {
      let m = 2 * i + 1;
      if (m >= n) break;
      if (m + 1 < n && (t[m + 1]! < t[m]! || (t[m + 1] === t[m] && c[m + 1]! < c[m]!))) m++;
      if (lt < t[m]! || (lt === t[m] && lc <= c[m]!)) break;
      t[i] = t[m]!;
      c[i] = c[m]!;
      i = m;
    }
    t[i] = lt;
    c[i] = lc;
  }
}
