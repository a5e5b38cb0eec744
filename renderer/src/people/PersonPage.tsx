// Being written: replaced by the real screen.
export function PersonPage(_props: Record<string, unknown>) {
  return null;
}
