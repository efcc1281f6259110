/**
 * The closed lists of the data's vocabulary (domains, kinds, qualifiers, scripts, title sources). They
 * live apart from the schemas so the page can name them without loading the validation library.
 */
export const DOMAINS = ['reconsideration', 'litigation', 'mediation', 'enforcement_training', 'other'] as const;
export const KINDS = ['count', 'rate', 'amount', 'duration', 'change'] as const;
export const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most'] as const;
export const SCRIPTS = ['hans', 'hant'] as const;
export const TITLE_SOURCES = ['report', 'composed'] as const;

export type Domain = (typeof DOMAINS)[number];
export type Kind = (typeof KINDS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
