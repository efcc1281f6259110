/**
 * What every screen needs: the dataset, the view state and the ways to change it. The screens declare it
 * here and the app (src/app/App.tsx) provides it, so imports go from the app to the screens, never back.
 */
import { createContext, useContext } from 'react';
import type { Dataset } from '../data/dataset';
import type { DataIssue } from '../data/issue';
import type { Finding } from '../model/consistency';
import type { Lang, Messages } from '../i18n/messages';
import type { ViewState } from '../url/viewState';

export interface AppContextValue {
  dataset: Dataset;
  issues: DataIssue[];
  findings: Finding[];
  view: ViewState;
  lang: Lang;
  /** The interface strings in the current language. */
  t: Messages;
  navigate: (change: Partial<ViewState>) => void;
  /** Opens the source panel on an observation and remembers the element to return focus to. */
  openSource: (key: string) => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

/** Reads the app context; screens are only rendered inside it. */
export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp must be used inside AppContext');
  return value;
}
