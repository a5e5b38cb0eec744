import { useEffect, useRef, type RefObject } from 'react';
import type { ImportFile } from '../../../shared';
import { readImportFile } from './file-data';

interface Options {
  open: boolean;
  /** A file dropped on the window or picked elsewhere: read as soon as the dialog opens. */
  file: File | null;
  read(data: ImportFile): Promise<void>;
  /** The dropped file could not be read (too large, gone); the message is for the user. */
  failed(message: string): void;
  /** True while the dialog shows what it read (another file must not replace it unasked). */
  engaged: boolean;
  onEngaged(engaged: boolean): void;
  /** Changes when a new step shows, to focus its `[data-autofocus]` element; null while there is none (reading). */
  step: unknown;
}

/**
 * What both import dialogs do around their own steps: read the file they were opened with, tell
 * the shell when they are engaged, and put the focus where each step starts. Returns the ref
 * for the element holding the steps.
 */
export function useImportDialog({ open, file, read, failed, engaged, onEngaged, step }: Options): RefObject<HTMLDivElement | null> {
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => onEngaged(open && engaged), [open, engaged, onEngaged]);

  useEffect(() => {
    if (!open || !file) return;
    void readImportFile(file).then((result) => (result.ok ? read(result.file) : failed(result.message)));
    // Only for the file the dialog opened with; `read` and `failed` are the dialog's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, file]);

  useEffect(() => {
    if (step === null) return;
    const timer = setTimeout(() => body.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), 0);
    return () => clearTimeout(timer);
  }, [step]);

  return body;
}
