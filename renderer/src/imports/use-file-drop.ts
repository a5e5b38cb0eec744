import { useEffect, useState } from 'react';
import type { StartImport } from '../app/import-file';
import { useToast } from '../ui/toast';
import { IMPORTABLE_FILES, importKindOf } from './file-kind';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files dropped anywhere on the window start the import they are for (an invite, people). Only
 * drags that carry files are taken: text dragged inside the editor stays the editor's. A file
 * Thankful cannot read is refused with a message instead of being opened by the browser. True
 * while files are being dragged over the window, to show where they can go.
 */
export function useFileDrop(startImport: StartImport): boolean {
  const toast = useToast();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; the count says when the drag has left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      const file = files.find((f) => importKindOf(f) !== null);
      if (!file) {
        const name = files[0]?.name;
        toast({ tone: 'error', message: `${name ? `“${name}” is not a file Thankful can import.` : 'Nothing to import there.'} Drop ${IMPORTABLE_FILES}.` });
        return;
      }
      if (files.length > 1) toast({ message: `One file at a time: importing “${file.name}”.` });
      startImport(importKindOf(file)!, file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [startImport, toast]);

  return dragging;
}
