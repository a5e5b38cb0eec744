import { Fragment, type ReactNode } from 'react';
import { useParams } from 'react-router';

/** The id in the address (`#/people/:personId` → `useRouteId('personId')`), or null when it is not one ("abc", "0", "1e3"). */
export function useRouteId(param: string): number | null {
  const text = useParams()[param];
  if (text === undefined || !/^[1-9]\d{0,15}$/u.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * A page about the one thing the address names: `notFound` when the id is not one (nothing is
 * fetched then), else the page, keyed by the id so that nothing (edit mode, a saved copy)
 * carries over from one thing to the next.
 */
export function RouteIdPage({ param, notFound, children }: { param: string; notFound: ReactNode; children(id: number): ReactNode }) {
  const id = useRouteId(param);
  if (id === null) return notFound;
  return <Fragment key={id}>{children(id)}</Fragment>;
}
