/** Small statistics helpers for the benchmark: medians over repeated runs, printed plainly. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function timeRuns(runs: number, task: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times;
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

export function report(label: string, value: string, budget?: string, withinBudget?: boolean): void {
  const verdict = budget === undefined ? '' : `  (budget ${budget}: ${withinBudget ? 'OK' : 'OVER'})`;
  console.log(`${label.padEnd(58)} ${value}${verdict}`);
}
