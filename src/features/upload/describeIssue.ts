/** A data issue as a plain sentence in the interface language (the English `message` is the command line's). */
import type { DataIssue, IssueParams } from '../../data/issue';
import { QUALIFIERS, type Qualifier } from '../../data/vocabulary';
import type { Messages } from '../../i18n/messages';

const MAX_QUOTED = 80;

/** Long values (a whole quote, a pasted paragraph) are cut so a sentence stays a sentence. */
function shorten(value: string | number): string | number {
  return typeof value === 'string' && value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
}

/** The issue's reason in the interface language; an issue without a code keeps its English message. */
export function describeIssue(issue: DataIssue, t: Messages): string {
  if (!issue.code) return issue.message;
  const params: IssueParams = Object.fromEntries(Object.entries(issue.params ?? {}).map(([key, value]) => [key, shorten(value)]));
  // Codes stored in params (a qualifier, a kind of binary file) read as words of the interface.
  for (const key of ['qualifier', 'hedge'] as const) {
    const value = params[key];
    if (typeof value === 'string' && (QUALIFIERS as readonly string[]).includes(value)) {
      const name = t.qualifiers[value as Qualifier];
      params[key] = t.htmlLang === 'en' ? `${value} (${name})` : `${value}（${name}）`;
    }
  }
  if (issue.code === 'binaryFile' && typeof params.kind === 'string' && params.kind in t.upload.binaryKinds) {
    params.kind = t.upload.binaryKinds[params.kind as keyof Messages['upload']['binaryKinds']];
  }
  return t.upload.issues[issue.code](params);
}

/** `line 5 [value]: reason` in the interface language, for lists and the rejected-rows file. */
export function describeIssueAt(issue: DataIssue, t: Messages): string {
  return t.upload.reasonLine(issue.line, issue.column, describeIssue(issue, t));
}
