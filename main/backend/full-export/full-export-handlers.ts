import type { Handlers } from '../dispatcher';

type FullExportHandlers = Pick<Handlers, 'fullExport.zip' | 'fullExport.import'>;

/** PLACEHOLDER being built (issue 14). */
export function fullExportHandlers(): FullExportHandlers {
  const notYet = (): never => {
    throw new Error('Not built yet');
  };
  return { 'fullExport.zip': notYet, 'fullExport.import': notYet };
}
