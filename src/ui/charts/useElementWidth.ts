/**
 * The width of an element in CSS pixels, kept up to date with a
 * ResizeObserver (which also reports the size it finds when it starts). A callback ref, so an element that mounts later (the plot
 * appears with the first epoch) is measured too.
 */
import { useEffect, useState } from 'react';

export function useElementWidth<E extends HTMLElement>(): [(element: E | null) => void, number] {
  const [element, setElement] = useState<E | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}
