import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildServerBundle } from './build-server';
import { exchangeLaunchToken } from './http';

export interface BuiltServer {
  child: ChildProcess;
  dataDir: string;
  port: number;
  sessionKey: string;
  /** Resolves when the process has exited (however it was stopped). */
  exited: Promise<unknown>;
}

/**
 * The real browser-mode server, bundled into `work` and started as its own process on
 * `work/data`, with its launch token already traded for a session key: for tests that kill it or
 * need what only the built bundle has (the backup worker beside it).
 */
export async function startBuiltServer(work: string): Promise<BuiltServer> {
  const bundle = await buildServerBundle(work);
  // The bundle lives outside the project; let it find better-sqlite3 in our node_modules.
  fs.symlinkSync(path.resolve('node_modules'), path.join(work, 'node_modules'), 'dir');
  const dataDir = path.join(work, 'data');
  const child = spawn(process.execPath, [bundle, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const address = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/\S+)/u.exec(out);
      if (match) resolve(new URL(match[1]!));
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
  const port = Number(address.port);
  const sessionKey = await exchangeLaunchToken(port, address.searchParams.get('token')!);
  return { child, dataDir, port, sessionKey, exited };
}
