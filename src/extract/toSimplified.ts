/**
 * Traditional → Simplified for matching only: the extractor reads words in the simplified copy and keeps
 * quotes and offsets in the original, so the copy must keep every character where it was.
 */
import * as OpenCC from 'opencc-js/t2cn';

const convert = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * The text in Simplified characters, code unit for code unit: where OpenCC's phrase conversion changes a
 * paragraph's length, that paragraph is converted one character at a time instead.
 */
export function toSimplified(text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return text
    .split('\n')
    .map((line) => {
      const converted = convert(line);
      if (converted.length === line.length) return converted;
      let out = '';
      for (const char of line) {
        const one = convert(char);
        out += one.length === char.length ? one : char;
      }
      return out;
    })
    .join('\n');
}
