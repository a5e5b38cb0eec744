import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.js; these cases prove they bite (and stay quiet where an
// import is allowed), so a refactor of the config cannot silently switch one off.
const eslint = new ESLint();

async function restrictedImports(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('renderer feature folders import only ui/, lib/, api/, app/, themselves and their named links', () => {
  it.each([
    ['renderer/src/dashboard/Example.tsx', '../people/PeopleScreen'],
    ['renderer/src/people/Example.tsx', '../editor/NoteEditor'],
    ['renderer/src/thank-yous/Example.tsx', '../dashboard/DashboardScreen'],
    ['renderer/src/handoff/Example.tsx', '../editor/EditorScreen'],
    ['renderer/src/settings/Example.tsx', '../occasions/OccasionForm'],
    ['renderer/src/occasions/nested/Example.tsx', '../../opportunities/stage'],
  ])('%s may not import %s', async (file, specifier) => {
    const messages = await restrictedImports(file, specifier);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('A feature imports only ui/, lib/, api/, app/ and itself');
  });

  it.each([
    ['renderer/src/dashboard/Example.tsx', '../ui/Dialog'],
    ['renderer/src/dashboard/Example.tsx', '../lib/time-text'],
    ['renderer/src/dashboard/Example.tsx', '../api/client-context'],
    ['renderer/src/dashboard/Example.tsx', '../app/log-occasion'],
    ['renderer/src/dashboard/Example.tsx', './DashboardScreen'],
    ['renderer/src/dashboard/Example.tsx', '../thank-yous/MarkSentDialog'],
    ['renderer/src/editor/Example.tsx', '../handoff/SendMenu'],
    ['renderer/src/app/Example.tsx', '../dashboard/DashboardScreen'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restrictedImports(file, specifier)).toEqual([]);
  });

  it('ui/, lib/ and api/ may not import any feature', async () => {
    for (const file of ['renderer/src/ui/Example.tsx', 'renderer/src/lib/example.ts', 'renderer/src/api/example.ts']) {
      expect(await restrictedImports(file, '../thank-yous/MarkSentDialog')).toHaveLength(1);
    }
  });

  it('the renderer still may not reach the backend or Node', async () => {
    expect(await restrictedImports('renderer/src/dashboard/Example.tsx', '../../../main/backend/backend')).toHaveLength(1);
    expect(await restrictedImports('renderer/src/thank-yous/Example.tsx', 'node:fs')).toHaveLength(1);
  });
});
