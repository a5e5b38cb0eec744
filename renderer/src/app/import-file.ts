import { createContext, useContext } from 'react';

/** What can be imported: a calendar invite (an occasion) or people (contacts, LinkedIn connections). */
export type ImportKind = 'invite' | 'people';

/**
 * Opens an import from any screen: with a file the user dropped or picked (read at once), or
 * without one (the dialog asks for it).
 */
export type StartImport = (kind: ImportKind, file?: File) => void;

export const ImportContext = createContext<StartImport | null>(null);

export function useStartImport(): StartImport {
  const start = useContext(ImportContext);
  if (!start) throw new Error('useStartImport must be used inside the app shell.');
  return start;
}
