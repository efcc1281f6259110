/**
 * Keeps what was clicked in place when the source panel opens beside the screen: the panel narrows the
 * screen (a grid of two charts a row becomes one), and the clicked chart would move down, often out of
 * view. Before the panel opens, `remember` notes where the clicked chart (or the clicked figure, outside a
 * chart) sits in the window; once the screen is laid out beside the panel, the window scrolls it back there,
 * and far enough that the whole of it shows where it fits.
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * The element a click or a key chose: the last element pressed (a chart's SVG) where the focus is on it or
 * around it (a click focuses the nearest focusable ancestor, such as the main area), else the focused control.
 */
function chosenElement(lastPressed: Element | null): Element | null {
  const focused = document.activeElement;
  if (lastPressed?.isConnected && (!focused || focused === document.body || focused.contains(lastPressed))) return lastPressed;
  return focused instanceof HTMLElement && focused !== document.body ? focused : null;
}

export function useKeepInView(panelOpen: boolean): () => void {
  const lastPressed = useRef<Element | null>(null);
  const held = useRef<{ element: Element; top: number } | null>(null);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      lastPressed.current = event.target instanceof Element ? event.target : null;
    };
    window.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
    return () => window.removeEventListener('pointerdown', onPointerDown, { capture: true });
  }, []);
  const panelWasOpen = useRef(panelOpen);
  useLayoutEffect(() => {
    const opened = panelOpen && !panelWasOpen.current;
    panelWasOpen.current = panelOpen;
    const anchor = held.current;
    held.current = null;
    if (!opened || !anchor || !anchor.element.isConnected) return;
    const moved = anchor.element.getBoundingClientRect().top - anchor.top;
    if (moved !== 0) window.scrollBy(0, moved);
    const rect = anchor.element.getBoundingClientRect();
    // Below the window's foot: up until it all shows, but never its top out of view.
    if (rect.bottom > window.innerHeight) window.scrollBy(0, Math.min(rect.bottom - window.innerHeight, rect.top));
    else if (rect.top < 0) window.scrollBy(0, rect.top);
  }, [panelOpen]);
  return useCallback(() => {
    const element = chosenElement(lastPressed.current);
    // A figure in a chart keeps its chart in view; a figure elsewhere (a table, a list) itself.
    const anchor = element?.closest('.chart-card') ?? element;
    held.current = anchor ? { element: anchor, top: anchor.getBoundingClientRect().top } : null;
  }, []);
}
