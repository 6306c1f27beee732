/**
 * Keeps a chart's SVG out of the Tab order: recharts makes its zoom brush's
 * handles focusable (tabindex 0) whenever it draws them, so a keyboard user
 * would stop on every chart. The chart's summary and the buttons above it
 * carry what a keyboard or screen reader needs.
 */
import { useEffect, type RefObject } from 'react';

const FOCUSABLE_IN_SVG = 'svg [tabindex]:not([tabindex="-1"])';

export function useNoTabStops(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const demote = () => root.querySelectorAll(FOCUSABLE_IN_SVG).forEach((element) => element.setAttribute('tabindex', '-1'));
    demote();
    const observer = new MutationObserver(demote);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex'] });
    return () => observer.disconnect();
  }, [ref]);
}
