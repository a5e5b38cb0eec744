import type { Page } from '@playwright/test';
import type { ProcedureInput, ProcedureName, ProcedureOutput, Result } from '../../shared';

/**
 * Calls a procedure from inside the app's page, the way the UI does: over the preload's bridge in
 * Electron, same-origin HTTP to `/api/rpc/<method>` in browser mode (the session cookie
 * authenticates it). For setting up data fast; throws with the backend's answer when it refuses.
 */
export async function rpc<N extends ProcedureName>(page: Page, method: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
  const result = await page.evaluate(
    async ([name, body]) => {
      // Runs in the page; the e2e tsconfig has no DOM types, hence the cast of globalThis.
      const bridge = (globalThis as unknown as { thankful?: { invoke(m: string, i: unknown): Promise<unknown> } }).thankful;
      if (bridge) return bridge.invoke(name, body);
      const response = await fetch(`/api/rpc/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return response.json();
    },
    [method as string, input as unknown] as const,
  );
  const typed = result as Result<ProcedureOutput<N>>;
  if (!typed.ok) throw new Error(`${method} failed: ${JSON.stringify(typed.error)}`);
  return typed.value;
}
