import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared';
import { createBackend, type Backend } from '../backend/backend';
import type { Desktop } from '../backend/handoff/desktop';
import { tempDir } from './temp-dir';

/** A controllable clock for tests: time moves only when the test says so. */
export class TestClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current);
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestBackend extends Backend {
  clock: TestClock;
  dataDir: string;
  /** Calls a procedure and returns its value, failing the test with the error if it fails. */
  call<N extends ProcedureName>(method: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>>;
}

/** `desktop`: a stand-in for the operating system's side of hand-offs, as the Electron shell gives one. */
export function startTestBackend(now = '2026-06-01T12:00:00Z', dataDir = tempDir(), options: { desktop?: Desktop } = {}): TestBackend {
  const clock = new TestClock(new Date(now));
  const backend = createBackend({
    dataDir,
    appVersion: 'test',
    shell: options.desktop ? 'electron' : 'browser',
    now: clock.now,
    logError: () => {},
    ...(options.desktop && { desktop: options.desktop }),
  });
  return {
    ...backend,
    clock,
    dataDir,
    async call(method, input) {
      const result = await backend.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
  };
}
