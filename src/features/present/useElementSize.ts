/** The size of an element as it is laid out, kept current by a ResizeObserver. */
import { useEffect, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/** Returns a ref callback to put on the element and its current size (0 × 0 until measured). */
export function useElementSize<T extends HTMLElement>(): [(element: T | null) => void, Size] {
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, size];
}
