/**
 * A file the LinkedIn importer cannot read. The message is for the user and, when one line is to
 * blame, names it ("… line 1 reads …"); `row` is that line (1-based, as a text editor counts), or
 * null. Re-exported by linkedin.ts, which is where callers import it from.
 */
export class LinkedInFileError extends Error {
  readonly row: number | null;

  constructor(message: string, row: number | null = null) {
    super(message);
    this.name = 'LinkedInFileError';
    this.row = row;
  }
}

/** The start every "this is not LinkedIn's file" message shares. */
export const NOT_CONNECTIONS = "This does not look like LinkedIn's Connections.csv";
