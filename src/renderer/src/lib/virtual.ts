// Which rows of a fixed-row-height list to render for a scroll position: the visible ones plus
// a few either side, so scrolling never shows a blank before the next frame.
export interface RowWindow {
  start: number;
  /** Exclusive. */
  end: number;
}

export function visibleRows(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan = 6): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(first, count) - overscan);
  const end = Math.min(count, first + shown + overscan);
  return { start, end: Math.max(start, end) };
}

/** The scrollTop that brings row `index` fully into view, or null when it already is. */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number | null {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return null;
}
