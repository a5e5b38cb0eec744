import { useState } from 'react';
import { FULL_IMPORT_MAX_BYTES } from '../../../shared';
import { useClient } from '../api/client-context';
import { fromBase64, readPickedFile } from '../lib/base64';
import { downloadFile } from '../lib/download-file';
import { FormError } from '../ui/FormActions';
import { PickFileButton } from '../ui/PickFileButton';
import { useToast } from '../ui/toast';
import { countsText } from './counts-text';
import { canWriteFolders, pickFolder, writeZipToFolder } from './write-folder';

/**
 * "Export everything": one ZIP with all records as JSON (which Thankful imports again), a CSV per
 * table and everyone as a .vcf; or the same files into a folder where the browser can write one.
 * Importing such an export works only into an empty data folder, so nothing is ever merged by guess.
 */
export function FullExportCard() {
  const client = useClient();
  const toast = useToast();
  const [busy, setBusy] = useState<'zip' | 'folder' | 'import' | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  async function exportAll(to: 'zip' | 'folder') {
    setBusy(to);
    try {
      // Asked first: the folder picker must follow the click, before the export is made.
      const folder = to === 'folder' ? await pickFolder() : undefined;
      if (folder === null) return;
      const result = await client.call('fullExport.zip', {});
      if (!result.ok) {
        toast({ tone: 'error', message: result.error.message });
        return;
      }
      const { fileName, base64, counts } = result.value;
      const bytes = fromBase64(base64);
      if (folder) {
        const written = await writeZipToFolder(bytes, folder, fileName.replace(/\.zip$/u, ''));
        toast({ message: `Exported ${countsText(counts)} into the folder “${written}”.` });
      } else {
        downloadFile(fileName, bytes, 'application/zip');
        toast({ message: `Exported ${countsText(counts)} as “${fileName}”.` });
      }
    } catch (error) {
      toast({ tone: 'error', message: `The export could not be written: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(null);
    }
  }

  async function importFile(file: File) {
    setImportError(null);
    const read = await readPickedFile(file, FULL_IMPORT_MAX_BYTES);
    if (!read.ok) {
      setImportError(read.message);
      return;
    }
    setBusy('import');
    const result = await client.call('fullExport.import', read.file);
    setBusy(null);
    if (result.ok) toast({ message: `Imported ${countsText(result.value.counts)} from “${file.name}”.` });
    else setImportError(result.error.message);
  }

  return (
    <div className="card full-export-card" aria-labelledby="full-export-title">
      <h2 id="full-export-title">Export everything</h2>
      <p className="muted card-intro">
        All your records in one file: as JSON (Thankful can import it again, e.g. on a new computer), as a spreadsheet file (CSV) per kind of
        record, and everyone as a contacts file (.vcf).
      </p>
      <div className="form-actions backup-actions">
        {canWriteFolders() && (
          <button type="button" className="button" disabled={busy !== null} onClick={() => void exportAll('folder')}>
            {busy === 'folder' ? 'Exporting…' : 'Export to a folder…'}
          </button>
        )}
        <button type="button" className="button" disabled={busy !== null} onClick={() => void exportAll('zip')}>
          {busy === 'zip' ? 'Exporting…' : 'Export everything (.zip)'}
        </button>
      </div>
      <h3 className="subheading">Import an export</h3>
      <p className="muted">
        Only into an empty data folder: start Thankful with a new one (<code>--data-dir NEW-FOLDER</code>), then import the ZIP or its
        thankful.json here.
      </p>
      <FormError message={importError} />
      <div className="form-actions backup-actions">
        <PickFileButton accept=".zip,.json,application/zip,application/json" disabled={busy !== null} onPick={(file) => void importFile(file)}>
          {busy === 'import' ? 'Importing…' : 'Import an export…'}
        </PickFileButton>
      </div>
    </div>
  );
}
