/**
 * Where the words selected in the report's text are, as UTF-16 offsets of the text: every piece of the
 * text on screen carries its offset (`data-at`), so a point of the selection is its piece's offset plus
 * the point's offset inside it.
 */

function offsetOf(node: Node, offset: number, container: HTMLElement): number | undefined {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = node.parentElement?.closest<HTMLElement>('[data-at]');
    return piece && container.contains(piece) ? Number(piece.dataset.at) + offset : undefined;
  }
  if (!(node instanceof HTMLElement) || !container.contains(node)) return undefined;
  const child = node.childNodes[offset];
  if (child) {
    const piece = child instanceof HTMLElement ? (child.matches('[data-at]') ? child : child.querySelector<HTMLElement>('[data-at]')) : child.parentElement?.closest<HTMLElement>('[data-at]');
    if (piece) return Number(piece.dataset.at);
  }
  // After the last child: the end of the line, or of the last line.
  const lines = node.querySelectorAll<HTMLElement>('[data-end]');
  const line = node.closest<HTMLElement>('[data-end]') ?? lines[lines.length - 1];
  return line ? Number(line.dataset.end) : undefined;
}

/** The selection's offsets in the text shown in `container`, or undefined when nothing there is selected. */
export function readSelection(container: HTMLElement | null): { start: number; end: number } | undefined {
  const selection = document.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const start = offsetOf(range.startContainer, range.startOffset, container);
  const end = offsetOf(range.endContainer, range.endOffset, container);
  return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
}
