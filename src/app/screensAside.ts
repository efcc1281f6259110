/**
 * Where screens kept or drawn ahead (KeptScreens.tsx) are laid out while another shows: off the page's
 * visible area, at the width the main area has, so their charts are drawn at the size they will show at.
 * It is a closed shadow root: the page's selectors, its element ids, the keyboard and assistive
 * technology do not reach into it (a screen aside has the same headings and chart ids as one shown), and
 * it carries copies of the page's style sheets.
 */

let aside: { host: HTMLElement; root: ShadowRoot } | undefined;

/** The width of the main area's content, which a screen shown there has. */
function mainContentWidth(main: HTMLElement): number {
  const style = getComputedStyle(main);
  return main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/** Says on the host how many screens are aside (`data-screens`), for a look from outside. */
export function countScreensAside(): void {
  if (aside) aside.host.dataset.screens = String([...aside.root.children].filter((child) => child.classList.contains('kept-screen')).length);
}

/** The root screens are laid out in while aside; made on first use. */
export function screensAside(): ShadowRoot {
  if (aside) return aside.root;
  const host = document.createElement('div');
  host.className = 'screens-aside';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  // No height of its own: a tall screen aside must not lengthen the page (nor its printout).
  Object.assign(host.style, { position: 'absolute', top: '0', left: '-100000px', height: '0', overflow: 'hidden', visibility: 'hidden', pointerEvents: 'none' });
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  for (const sheet of document.querySelectorAll('link[rel="stylesheet"], style')) root.append(sheet.cloneNode(true));
  const main = document.getElementById('main');
  if (main) {
    const fit = () => (host.style.width = `${Math.max(0, mainContentWidth(main))}px`);
    fit();
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(fit).observe(main);
  }
  aside = { host, root };
  return root;
}
