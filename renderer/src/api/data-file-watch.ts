import type { Client } from './client';

/**
 * A client that tells `onLost` when any call is answered DATA_FILE_MOVED: the data file was moved,
 * deleted or replaced while the app had it open. The write that found it shows the message where
 * it happened; the shell then re-reads `app.info` and shows the explanation instead of screens
 * that could no longer save anything.
 */
export function watchDataFile(client: Client, onLost: () => void): Client {
  return {
    ...client,
    call: async (method, ...input) => {
      const result = await client.call(method, ...input);
      if (!result.ok && result.error.code === 'DATA_FILE_MOVED') onLost();
      return result;
    },
  };
}
