/**
 * Traditional → Simplified conversion with OpenCC (opencc-js), loaded on demand: only the Huadu report is
 * in Traditional characters, so the converter's dictionary stays out of the first load.
 */
export type ToSimplified = (text: string) => string;

let loading: Promise<ToSimplified> | undefined;

/** Loads the converter once; later calls share it. */
export function loadToSimplified(): Promise<ToSimplified> {
  loading ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 't', to: 'cn' }));
  return loading;
}
