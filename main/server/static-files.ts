import fs from 'node:fs/promises';
import path from 'node:path';
import { contentTypeFor, resolveUiFile } from '../ui-files/ui-files';

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** Hashed assets never change for a given name; the HTML must always be fresh. */
  immutable: boolean;
}

/** Reads a file of the built UI for a URL path, or `undefined` when there is none to serve. */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | undefined> {
  const file = resolveUiFile(rootDir, urlPath);
  if (!file) return undefined;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return undefined;
    return {
      body: await fs.readFile(file),
      contentType: contentTypeFor(file),
      immutable: path.relative(path.resolve(rootDir), file).startsWith(`assets${path.sep}`),
    };
  } catch {
    return undefined;
  }
}
