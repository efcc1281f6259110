/**
 * The overview and the family screens stay drawn while another screen shows, so going to one is instant:
 * across the country a screen is eight charts of 2,850 districts, ~150 ms to draw anew. Across a province
 * or the country the ones not visited yet are drawn ahead too, one at a time while the page is idle.
 *
 * A kept screen is rendered (a React portal) into an element of its own, which sits in the page while the
 * screen shows and aside otherwise (screensAside.ts: laid out at the main area's width, out of view and
 * out of reach of the page's selectors). Aside, it is not drawn again: it goes on seeing the app as it was
 * when it was left or drawn ahead (HeldApp), and catches up when shown, so only what changed meanwhile
 * (the filters, the language) is drawn then; its charts are drawn after what the page shows.
 */
import { useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { ScreenAside } from '../charts/screenAside';
import { AppContext } from '../features/AppContext';
import { countScreensAside, screensAside } from './screensAside';

/** The app as the screen saw it when it was last shown (or drawn ahead), while it is aside; the app itself while it shows. */
function HeldApp({ shown, children }: { shown: boolean; children: ReactNode }) {
  const app = useContext(AppContext);
  const [held, setHeld] = useState(app);
  if (shown && held !== app) setHeld(app);
  return (
    <AppContext.Provider value={shown ? app : held}>
      <ScreenAside.Provider value={!shown}>{children}</ScreenAside.Provider>
    </AppContext.Provider>
  );
}

/** One kept screen: its element is in the page while `shown`, aside otherwise. */
export function KeptScreen({ shown, children }: { shown: boolean; children: ReactNode }) {
  const [element] = useState(() => {
    const div = document.createElement('div');
    div.className = 'kept-screen';
    return div;
  });
  const place = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (shown) place.current?.append(element);
    else screensAside().append(element);
    countScreensAside();
  }, [shown, element]);
  useEffect(
    () => () => {
      element.remove();
      countScreensAside();
    },
    [element],
  );
  return (
    <>
      {shown && <div ref={place} className="kept-screen-place" />}
      {createPortal(<HeldApp shown={shown}>{children}</HeldApp>, element)}
    </>
  );
}
