// Being written: replaced by the real screen.
export function OpportunitiesScreen(_props: Record<string, unknown>) {
  return null;
}
