// A virtualized list: only the rows in (and just around) the visible window are in the DOM.
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';

/** Props of {@link VirtualList}. */
export interface VirtualListProps<T> {
  rows: readonly T[];
  /** Height in px of a row (rows have fixed heights per kind; CSS clamps their content). */
  rowHeight(row: T): number;
  rowKey(row: T): string;
  renderRow(row: T): ComponentChildren;
  /** Height of the scrolling window in px. */
  height: number;
  /** Extra px rendered above and below the window, so that fast scrolling shows no gap. */
  overscan?: number;
  label: string;
}

/** The index of the last offset ≤ y (offsets ascending, offsets[0] = 0). */
export function rowAt(offsets: readonly number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A scrolling list that renders the visible rows only. */
export function VirtualList<T>({
  rows,
  rowHeight,
  rowKey,
  renderRow,
  height,
  overscan = 400,
  label,
}: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const offsets = useMemo(() => {
    const out = new Array<number>(rows.length + 1);
    out[0] = 0;
    for (let i = 0; i < rows.length; i++) out[i + 1] = out[i]! + rowHeight(rows[i]!);
    return out;
  }, [rows, rowHeight]);
  const total = offsets[rows.length]!;
  const first = rows.length ? rowAt(offsets, Math.max(0, scrollTop - overscan)) : 0;
  const last = rows.length ? Math.min(rows.length - 1, rowAt(offsets, scrollTop + height + overscan)) : -1;
  const visible: ComponentChildren[] = [];
  for (let i = first; i <= last; i++) {
    const row = rows[i]!;
    visible.push(
      <div
        key={rowKey(row)}
        class="vrow"
        role="listitem"
        style={{
          position: 'absolute',
          top: `${offsets[i]}px`,
          height: `${offsets[i + 1]! - offsets[i]!}px`,
          left: 0,
          right: 0,
        }}
      >
        {renderRow(row)}
      </div>,
    );
  }
  return (
    <div
      class="vlist"
      style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      data-rows={rows.length}
    >
      <div role="list" aria-label={label} style={{ height: `${total}px`, position: 'relative' }}>
        {visible}
      </div>
    </div>
  );
}
