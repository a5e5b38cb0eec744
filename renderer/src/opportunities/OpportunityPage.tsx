// Being written: replaced by the real screen.
export function OpportunityPage(_props: Record<string, unknown>) {
  return null;
}
