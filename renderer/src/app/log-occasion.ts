import { createContext, useContext } from 'react';
import type { OccasionPreset } from '../occasions/occasion-form-model';

export type { OccasionPreset };

/**
 * Opens the "Log an occasion" dialog from any screen (empty states, person pages…), optionally
 * with people, an opportunity or a kind already chosen.
 */
export type LogOccasion = (preset?: OccasionPreset) => void;

export const LogOccasionContext = createContext<LogOccasion | null>(null);

export function useLogOccasion(): LogOccasion {
  const open = useContext(LogOccasionContext);
  if (!open) throw new Error('useLogOccasion must be used inside the app shell.');
  return open;
}
