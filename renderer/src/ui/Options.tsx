/** The `<option>`s of a `<select>` over a fixed list of values (channels, stages, kinds), in the list's order, each shown by its label. */
export function Options<V extends string>({ values, labels }: { values: readonly V[]; labels: Record<V, string> }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ));
}
