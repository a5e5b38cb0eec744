import { createContext, useContext } from 'react';

/** Opens the "Log an occasion" dialog from any screen (empty states, person pages…). */
export const LogOccasionContext = createContext<(() => void) | null>(null);

export function useLogOccasion(): () => void {
  const open = useContext(LogOccasionContext);
  if (!open) throw new Error('useLogOccasion must be used inside the app shell.');
  return open;
}
