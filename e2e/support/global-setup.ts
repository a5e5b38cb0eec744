import { ELECTRON_MISSING_REASON, findElectronBinary } from './electron-binary';

/** Says once, up front, why the `electron` project's tests will show as skipped. */
export default function globalSetup(): void {
  if (!findElectronBinary()) console.log(`[electron project] skipped: ${ELECTRON_MISSING_REASON}`);
}
