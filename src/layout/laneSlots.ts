/**
 * Where labels may go in one horizontal lane, as labels are placed one by one in priority order.
 * Positions are flow coordinates (pixels from the earliest end of the axis). Labels stack in rows
 * above the lane's track (row 0 nearest it); a lane without a row takes none. Whatever the order
 * of placement, labels never overlap. (Leader lines may pass behind labels: the renderer draws
 * them in a layer below.)
 */

/** Non-overlapping intervals kept sorted, so a query is a binary search. */
export class IntervalRow {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /** Index of the first interval ending after `a` (the count when none does). */
  after(a: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      if ((this.ends[m] as number) > a) hi = m;
      else lo = m + 1;
    }
    return lo;
  }

  /** True when no interval meets the open span (a, b). */
  free(a: number, b: number): boolean {
    // (No read past the end: `?? b` on one made V8 box every number read here, a few hundred
    // kilobytes of garbage per zoom step.)
    const i = this.after(a);
    return i === this.ends.length || (this.starts[i] as number) >= b;
  }

  /** Adds [a, b), which must be free. */
  add(a: number, b: number): void {
    const i = this.after(a);
    this.starts.splice(i, 0, a);
    this.ends.splice(i, 0, b);
  }
}

export class LaneSlots {
  private readonly rows: IntervalRow[];
  /** Per pixel of the axis, the widest label that might still find a row starting there. */
  private readonly roomAt: Float64Array;

  /**
   * @param rowCount - label rows above the track
   * @param length - length of the axis in pixels
   * @param gap - least space between two labels
   * @param titleWidth - the lane's title, written at the start of its top row (0 for none)
   */
  constructor(
    rowCount: number,
    private readonly length: number,
    private readonly gap: number,
    titleWidth: number,
  ) {
    this.rows = Array.from({ length: rowCount }, () => new IntervalRow());
    this.roomAt = new Float64Array(Math.max(1, Math.ceil(length) + 1)).fill(Infinity);
    if (rowCount > 0 && titleWidth > 0) this.take(rowCount - 1, 0, titleWidth);
  }

  /** The pixel column a label of `width` for a mark at `u` starts in (inside the axis: see findRow). */
  private column(u: number, width: number): number {
    return Math.floor(Math.max(0, Math.min(u, this.length - width)));
  }

  /**
   * True when a label of `width` for a mark at `u` surely finds no row: a search from the same
   * pixel found no row with that much room. Most events of a dense view are turned away here, in
   * constant time.
   */
  fullAt(u: number, width: number): boolean {
    return this.rows.length === 0 || width > (this.roomAt[this.column(u, width)] as number);
  }

  /**
   * Where a label of `width` (padded) for a mark at `u` (where its leader leaves it) starts, and
   * the row it takes: `preferred` when its box is free there (a label keeps its row through a
   * zoom step), else the lowest free row; null when none is. (Callers ask fullAt first: it turns
   * most candidates away without a search, and never one that fits.)
   */
  findRow(u: number, width: number, preferred = -1): { row: number; start: number } | null {
    const start = Math.max(0, Math.min(u, this.length - width));
    const a = start - this.gap;
    const b = start + width + this.gap;
    // The preferred row first, through the same lookup as the others: a first layout has none, and
    // code V8 optimized without ever running a separate check would be thrown away at the first zoom.
    for (let k = -1, r = preferred; k < this.rows.length; r = ++k) if (this.rows[r]?.free(a, b)) return { row: r, start };
    // What a failed search learnt, for every later label here whatever its width. A label starting
    // in the pixel column [c, c + 1) must end a gap before the first interval ending past
    // c + 1 - gap (so past the label's start - gap): in each row, the same interval bounds the
    // columns from here to its end + gap - 1.
    const col = Math.floor(start);
    let next = -Infinity;
    let until = this.roomAt.length;
    // (An index, not for-of: leaving a for-of early closes its iterator, a path a first layout may
    // never take, and V8 threw away findRow's optimized code on meeting it in a page's first zoom.)
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r] as IntervalRow;
      const i = row.after(col + 1 - this.gap);
      // A row with no interval past here bounds nothing: nothing is learnt.
      if (i === row.ends.length) return null;
      next = Math.max(next, row.starts[i] as number);
      until = Math.min(until, (row.ends[i] as number) + this.gap - 1);
    }
    for (let c = col; c < until; c++) this.roomAt[c] = Math.min(this.roomAt[c] as number, next - this.gap - c);
    return null;
  }

  /** Takes row `row` over [start, start + width). */
  take(row: number, start: number, width: number): void {
    (this.rows[row] as IntervalRow).add(start, start + width);
  }
}
