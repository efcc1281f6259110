/**
 * zrender writes an SVG's attribute values as they are, so a font family in double quotes
 * (`style="font-family:"Noto Sans CJK SC", sans-serif;"`) ends the attribute early and the document is
 * not well-formed XML: a browser then refuses to draw it as an image. This escapes such inner quotes.
 */

// A tag, then in it an attribute value whose closing quote is the one followed by a space, `>` or `/>`;
// a quote followed by anything else (`", ` between font names) is inside the value.
const TAG = /<[A-Za-z][^<>]*>/g;
const ATTRIBUTE = /([\w:-]+)="((?:[^"]|"(?!\s|\/?>|$))*)"(?=\s|\/?>|$)/g;

/** Escapes double quotes that sit inside attribute values; a well-formed document comes back unchanged. */
export function repairSvgAttributes(svg: string): string {
  return svg.replace(TAG, (tag) => tag.replace(ATTRIBUTE, (_, name: string, value: string) => `${name}="${value.replace(/"/g, '&quot;')}"`));
}
