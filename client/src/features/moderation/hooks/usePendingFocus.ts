import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Focus an element by id once it is on screen: after a decision the list changes (an item leaves,
 * a page is fetched again) and the element to focus (the next item's heading, the list's heading)
 * may only exist after the next render. Returns the setter; pass null to cancel.
 */
export function usePendingFocus(): (id: string | null) => void {
  const target = useRef<string | null>(null);
  const [, rerender] = useState(0);
  // After every render until the element is there (each render of the page may be the one that draws it).
  useEffect(() => {
    if (!target.current) return;
    const el = document.getElementById(target.current);
    if (!el) return;
    target.current = null;
    el.focus();
  });
  return useCallback((id: string | null) => {
    target.current = id;
    rerender((n) => n + 1);
  }, []);
}

/** A status line that is announced again even when its text repeats (a new key each time). */
export interface StatusLine {
  text: string;
  n: number;
}

export const nextStatus =
  (text: string) =>
  (previous: StatusLine | null): StatusLine => ({ text, n: (previous?.n ?? 0) + 1 });
