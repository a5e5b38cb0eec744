import { useCallback, useState } from 'react';
import type { ProcedureInput } from '../../../shared';
import { useClient } from '../api/client-context';
import { downloadFile } from '../lib/download-file';
import { useToast } from '../ui/toast';

type ExportProcedure = 'exports.peopleVCard' | 'exports.occasionICalendar' | 'exports.thankYouICalendar' | 'exports.upcomingICalendar';

/**
 * Makes an export file and saves it through the browser's download (in the desktop app,
 * Chromium's download asks where to save it). Says what was saved, or why not, in a toast.
 */
export function useSaveExport(): { saving: boolean; save<N extends ExportProcedure>(method: N, input: ProcedureInput<N>, what: (count: number) => string): Promise<void> } {
  const client = useClient();
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const save = useCallback(
    async <N extends ExportProcedure>(method: N, input: ProcedureInput<N>, what: (count: number) => string) => {
      setSaving(true);
      const result = await (client.call as (m: ExportProcedure, i: ProcedureInput<N>) => ReturnType<typeof client.call<'exports.peopleVCard'>>)(method, input);
      setSaving(false);
      if (!result.ok) {
        toast({ tone: 'error', message: result.error.message });
        return;
      }
      const file = result.value;
      downloadFile(file.fileName, file.content, `${file.type};charset=utf-8`);
      toast({ message: `Exported ${what(file.count)} as “${file.fileName}”.` });
    },
    [client, toast],
  );
  return { saving, save };
}
