// Being written: replaced by the real editor screen.
export function EditorScreen() {
  return null;
}
