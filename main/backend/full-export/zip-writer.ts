import { Zip, ZipDeflate } from 'fflate';

/** About this much text is encoded and deflated before the event loop gets a turn. */
const BATCH_CHARACTERS = 1 << 20;

/**
 * A ZIP of text files given as pieces (lines), deflated as they come: the whole text of a file
 * never exists at once (for 100,000 thank-yous, thankful.json alone is over 70 MB), and between
 * batches the event loop runs, so the main process and its windows are not frozen for seconds.
 * Each file is UTF-8.
 */
export async function zipTextFiles(files: Iterable<readonly [name: string, pieces: Iterable<string>]>, mtime: Date): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else parts.push(chunk);
  });
  const encoder = new TextEncoder();
  for (const [name, pieces] of files) {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    let batch: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      batch.push(piece);
      size += piece.length;
      if (size < BATCH_CHARACTERS) continue;
      entry.push(encoder.encode(batch.join('')));
      batch = [];
      size = 0;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    entry.push(encoder.encode(batch.join('')), true);
  }
  zip.end();
  if (failure) throw failure;
  const zipped = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    zipped.set(part, offset);
    offset += part.length;
  }
  return zipped;
}
