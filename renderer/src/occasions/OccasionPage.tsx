// Being written: replaced by the real screen.
export function OccasionPage(_props: Record<string, unknown>) {
  return null;
}
