import { createContext, useContext } from 'react';
import type { AppInfo } from '../../../shared';

export const AppInfoContext = createContext<AppInfo | null>(null);

export function useAppInfo(): AppInfo {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo must be used inside <AppInfoContext>.');
  return info;
}
