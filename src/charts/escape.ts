/** Text from data must never become markup: not in tooltips (HTML) nor in labels (ECharts rich text). */

/** Escapes text for the HTML that ECharts tooltips render. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Neutralises ECharts rich-text markup (`{style|text}`) in a label, keeping the text readable. */
export function escapeRich(text: string): string {
  return text.replace(/[{}|]/g, (char) => ({ '{': '（', '}': '）', '|': '｜' })[char]!);
}
