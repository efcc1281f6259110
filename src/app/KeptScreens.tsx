/**
 * The overview and the family screens stay drawn while another screen shows, so going back to one is
 * instant: across the country a screen is eight charts of 2,850 districts, ~150 ms to draw anew.
 *
 * A kept screen is rendered (a React portal) into an element of its own, which sits in the page while the
 * screen shows and is taken out of it otherwise: out of the page it is not laid out, not found by the
 * page's selectors, and its charts are left as they are. It is not drawn again while hidden either: it
 * goes on seeing the app as it was when it was left (HeldApp), and catches up when shown again, so only
 * what changed meanwhile (the filters, the language) is drawn then.
 */
import { useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { ScreenShown } from '../charts/screenShown';
import { AppContext } from './AppContext';

/** The app as the screen saw it when it was last shown, while it is hidden; the app itself while it shows. */
function HeldApp({ shown, children }: { shown: boolean; children: ReactNode }) {
  const app = useContext(AppContext);
  const [held, setHeld] = useState(app);
  if (shown && held !== app) setHeld(app);
  return (
    <AppContext.Provider value={shown ? app : held}>
      <ScreenShown.Provider value={shown}>{children}</ScreenShown.Provider>
    </AppContext.Provider>
  );
}

/** One kept screen: its element is put into the page while `shown`. */
export function KeptScreen({ shown, children }: { shown: boolean; children: ReactNode }) {
  const [element] = useState(() => {
    const div = document.createElement('div');
    div.className = 'kept-screen';
    return div;
  });
  const place = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!shown) return;
    place.current?.append(element);
    return () => element.remove();
  }, [shown, element]);
  return (
    <>
      {shown && <div ref={place} className="kept-screen-place" />}
      {createPortal(<HeldApp shown={shown}>{children}</HeldApp>, element)}
    </>
  );
}
