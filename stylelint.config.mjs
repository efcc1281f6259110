/**
 * CSS lint: a property, value or selector the supported browsers (package.json's browserslist) lack is an
 * error, unless the older browsers have a fallback; those features are listed here with theirs.
 */
const WITH_FALLBACK = {
  // src/flexGapFallback.css spaces the items where Chromium 83 lacks flex gaps (a test keeps it complete).
  'flexbox-gap': 'margins',
  // Without it, Chromium 83–85 draws its own focus ring on every focused element.
  'css-focus-visible': "the browser's focus ring",
  // Flagged for every :not(); ours take one selector, which Chromium 83 and Firefox 78 match.
  'css-not-sel-list': 'one selector each',
  // Without ::marker, Chromium 83–85 shows the list's own bullet before the warning's text.
  'css-marker-pseudo': 'the default bullet',
  // ui-monospace is followed by monospace.
  'extended-system-fonts': 'the generic family after it',
  // Without zoom, Firefox before 126 shows the presentation's source panel at its normal size.
  'css-zoom': 'the normal size',
  // Without it, Chromium 83–84 and Firefox before 125 lay out every paragraph of a long report: slower, the same to see.
  'css-content-visibility': 'every run of paragraphs laid out',
};

export default {
  plugins: ['stylelint-no-unsupported-browser-features'],
  rules: {
    'plugin/no-unsupported-browser-features': [true, { severity: 'error', ignorePartialSupport: true, ignore: Object.keys(WITH_FALLBACK) }],
  },
};
