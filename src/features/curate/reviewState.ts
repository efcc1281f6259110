/**
 * The review of one report as a pure reducer: the extractor's proposals, what the person decided about
 * each (accept, reject, edit), the figures they added by hand, the report's row, and the steps to undo.
 * The state is plain data, so it is saved as it is (reviewStore.ts) and two tabs can exchange it.
 *
 *   Extraction ─startReview─▶ ReviewState ─reviewReducer(action)─▶ ReviewState ─selectProgress─▶ counts
 */
import type { Domain, Qualifier } from '../../data/schema';
import type { Extraction, Proposal } from './extraction';

export type ItemStatus = 'pending' | 'accepted' | 'rejected';

/** The fields of a figure a person can change. */
export interface Figure {
  indicatorId: string;
  domain: Domain;
  value: number;
  qualifier: Qualifier;
  quote: string;
  /** UTF-16 offsets of the quote in the text. */
  start: number;
  end: number;
}

/** A figure under review: the extractor's proposal (none for one added by hand) and what became of it. */
export interface ReviewItem extends Figure {
  id: string;
  proposed?: Proposal;
  status: ItemStatus;
  /** Whether the person changed the indicator, value, qualifier or quote of the proposal. */
  edited: boolean;
}

/** The report's row as it will be written to reports.csv, every field as text while it is edited. */
export interface ReportDraft {
  adminCode: string;
  province: string;
  city: string;
  district: string;
  districtEn: string;
  year: string;
  title: string;
  titleSource: 'report' | 'composed';
  script: 'hans' | 'hant';
}

interface UndoStep {
  currentId: string | null;
  id: string;
  /** The item before the step; null when the step added it. */
  before: ReviewItem | null;
}

export interface ReviewState {
  /** In the order of the text. */
  items: ReviewItem[];
  currentId: string | null;
  report: ReportDraft;
  undo: UndoStep[];
}

export type ReviewAction =
  | { type: 'select'; id: string }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'accept' }
  | { type: 'reject' }
  | { type: 'edit'; id: string; figure: Figure }
  | { type: 'add'; figure: Figure }
  | { type: 'undo' }
  | { type: 'setReport'; change: Partial<ReportDraft> };

/** Steps kept for undo; older ones are dropped so the saved review stays small. */
export const UNDO_LIMIT = 200;

/** The order of the families on the screen; a figure of none of them comes last. */
export const FAMILY_ORDER: readonly Domain[] = ['reconsideration', 'litigation', 'mediation', 'enforcement_training', 'other'];

const byText = (a: Figure, b: Figure) => a.start - b.start || a.end - b.end;

/** A review of an extraction with nothing decided yet, on its first proposal. */
export function startReview(extraction: Extraction): ReviewState {
  const items = extraction.proposals
    .map((proposal): ReviewItem => {
      const { id, indicatorId, domain, value, qualifier, quote, start, end } = proposal;
      return { id, indicatorId, domain, value, qualifier, quote, start, end, proposed: proposal, status: 'pending', edited: false };
    })
    .sort(byText);
  const { report } = extraction;
  const state: ReviewState = {
    items,
    currentId: null,
    report: {
      adminCode: report.adminCode,
      province: report.province,
      city: report.city,
      district: report.district,
      districtEn: '',
      year: report.year === null ? '' : String(report.year),
      title: report.title,
      titleSource: report.title ? 'report' : 'composed',
      script: report.script,
    },
    undo: [],
  };
  return { ...state, currentId: orderForReview(items)[0]?.id ?? null };
}

/** The items as the screen lists them: grouped by family, each family in the order of the text. */
export function orderForReview(items: readonly ReviewItem[]): ReviewItem[] {
  const rank = (item: ReviewItem) => FAMILY_ORDER.indexOf(item.domain);
  return [...items].sort((a, b) => rank(a) - rank(b) || byText(a, b));
}

/** Whether a figure differs from what the extractor proposed. */
function differs(figure: Figure, proposal: Proposal | undefined): boolean {
  if (!proposal) return false;
  return figure.indicatorId !== proposal.indicatorId || figure.value !== proposal.value || figure.qualifier !== proposal.qualifier || figure.quote !== proposal.quote || figure.start !== proposal.start;
}

/** The item after (step 1) or before (step -1) the current one in review order, staying at either end. */
function neighbour(state: ReviewState, step: 1 | -1): string | null {
  const order = orderForReview(state.items);
  const at = order.findIndex((item) => item.id === state.currentId);
  if (at === -1) return order[0]?.id ?? null;
  return order[Math.min(order.length - 1, Math.max(0, at + step))]?.id ?? null;
}

/** After a decision: the next undecided item in review order, wrapping round; the same one when none is left. */
function nextPending(items: readonly ReviewItem[], fromId: string | null): string | null {
  const order = orderForReview(items);
  const at = order.findIndex((item) => item.id === fromId);
  for (let step = 1; step <= order.length; step++) {
    const item = order[(at + step) % order.length];
    if (item.status === 'pending') return item.id;
  }
  return fromId;
}

/** Replaces (or adds) one item, records the step for undo, and moves on to the next undecided item. */
function decide(state: ReviewState, item: ReviewItem): ReviewState {
  const before = state.items.find((other) => other.id === item.id) ?? null;
  const items = before ? state.items.map((other) => (other.id === item.id ? item : other)) : [...state.items, item].sort(byText);
  const undo = [...state.undo, { currentId: state.currentId, id: item.id, before }].slice(-UNDO_LIMIT);
  return { ...state, items, undo, currentId: nextPending(items, item.id) };
}

function current(state: ReviewState): ReviewItem | undefined {
  return state.items.find((item) => item.id === state.currentId);
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'select':
      return state.items.some((item) => item.id === action.id) ? { ...state, currentId: action.id } : state;
    case 'next':
    case 'previous':
      return { ...state, currentId: neighbour(state, action.type === 'next' ? 1 : -1) };
    case 'accept':
    case 'reject': {
      const item = current(state);
      if (!item) return state;
      return decide(state, { ...item, status: action.type === 'accept' ? 'accepted' : 'rejected' });
    }
    case 'edit': {
      const item = state.items.find((other) => other.id === action.id);
      if (!item) return state;
      return decide(state, { ...item, ...action.figure, status: 'accepted', edited: differs(action.figure, item.proposed) });
    }
    case 'add': {
      const id = `hand-${action.figure.start}-${action.figure.end}`;
      if (state.items.some((item) => item.id === id)) return state;
      return decide(state, { ...action.figure, id, status: 'accepted', edited: false });
    }
    case 'undo': {
      const step = state.undo[state.undo.length - 1];
      if (!step) return state;
      const { before } = step;
      const items = before ? state.items.map((item) => (item.id === step.id ? before : item)) : state.items.filter((item) => item.id !== step.id);
      return { ...state, items, undo: state.undo.slice(0, -1), currentId: step.id && before ? step.id : step.currentId };
    }
    case 'setReport':
      return { ...state, report: { ...state.report, ...action.change } };
  }
}

/** How far the review is: proposals decided, and what the accepted figures are made of. */
export interface ReviewProgress {
  /** The extractor's proposals. */
  proposals: number;
  /** Proposals accepted, edited or rejected. */
  reviewed: number;
  /** Figures accepted, whether as proposed, edited or added by hand. */
  accepted: number;
  rejected: number;
  /** Accepted proposals the person changed. */
  edited: number;
  /** Figures the person added by hand (and did not reject again). */
  added: number;
}

export function selectProgress(state: ReviewState): ReviewProgress {
  const progress: ReviewProgress = { proposals: 0, reviewed: 0, accepted: 0, rejected: 0, edited: 0, added: 0 };
  for (const item of state.items) {
    if (item.proposed) {
      progress.proposals++;
      if (item.status !== 'pending') progress.reviewed++;
      if (item.status === 'accepted' && item.edited) progress.edited++;
    } else if (item.status === 'accepted') progress.added++;
    if (item.status === 'accepted') progress.accepted++;
    if (item.status === 'rejected') progress.rejected++;
  }
  return progress;
}
