import type { Page } from '@playwright/test';
import type { ProcedureInput, ProcedureName, ProcedureOutput, Result } from '../../shared';

/** Where the page keeps its browser-mode session key: SESSION_STORAGE_KEY in renderer/src/api/browser-session.ts. */
export const SESSION_STORAGE_KEY = 'thankful.session';

/**
 * Calls a procedure from inside the app's page, the way the UI does: over the preload's bridge in
 * Electron, same-origin HTTP to `/api/rpc/<method>` in browser mode with the page's session key
 * (kept by renderer/src/api/browser-session.ts under SESSION_STORAGE_KEY). For setting up data fast; throws with the backend's answer when it refuses.
 */
export async function rpc<N extends ProcedureName>(page: Page, method: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
  const [value] = await rpcEach(page, method, [input]);
  return value!;
}

/**
 * `rpc` for many inputs in one trip into the page (a few calls at a time there), for seeding
 * hundreds of rows quickly. Answers in the order of `inputs`; throws on the first refusal.
 */
export async function rpcEach<N extends ProcedureName>(page: Page, method: N, inputs: ProcedureInput<N>[]): Promise<ProcedureOutput<N>[]> {
  const results = await page.evaluate(
    async ([name, bodies, storageKey]) => {
      // Runs in the page; the e2e tsconfig has no DOM types, hence the cast of globalThis.
      const bridge = (globalThis as unknown as { thankful?: { invoke(m: string, i: unknown): Promise<unknown> } }).thankful;
      const call = async (body: unknown) => {
        if (bridge) return bridge.invoke(name, body);
        const storage = (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage;
        const key = storage.getItem(storageKey);
        const response = await fetch(`/api/rpc/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` }, body: JSON.stringify(body) });
        // Refused before the backend (no session, wrong origin): the server answers in plain text.
        if (!(response.headers.get('Content-Type') ?? '').includes('json')) return { ok: false, error: { status: response.status, text: await response.text() } };
        return response.json();
      };
      const answers: unknown[] = new Array(bodies.length);
      let next = 0;
      // A browser opens at most six connections to one server; more at once would only queue.
      const worker = async () => {
        while (next < bodies.length) {
          const index = next++;
          answers[index] = await call(bodies[index]);
        }
      };
      await Promise.all(Array.from({ length: Math.min(6, bodies.length) }, worker));
      return answers;
    },
    [method as string, inputs as unknown[], SESSION_STORAGE_KEY] as const,
  );
  return results.map((result) => {
    const typed = result as Result<ProcedureOutput<N>>;
    if (!typed.ok) throw new Error(`${method} failed: ${JSON.stringify(typed.error)}`);
    return typed.value;
  });
}
