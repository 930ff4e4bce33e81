/** Runs the `rse` command as a separate process, as an operator would, and collects its output. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import type { Config } from '#platform/config.ts';
import { childProcessEnv } from '#platform/config.ts';

export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The environment of an operator's command against a running federation's databases and keys (PATH and HOME for the child process). */
export function cliEnv(config: Config): NodeJS.ProcessEnv {
  return {
    ...childProcessEnv(),
    DATABASE_URL: config.databaseUrl ?? undefined,
    DATABASE_PREFIX: config.databasePrefix,
    DATA_DIR: config.dataDir,
    KEYS_DIR: config.keysDir,
    LOG_LEVEL: 'warn',
  };
}

/** A port nobody listens on now, for a service started by a test. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * Starts `rse <command>` as its own process, as an operator runs a service, and resolves once
 * `readyUrl` answers 200. It fails with the process's output when the process exits, when `shouldStop`
 * says the test is ending, or after `timeoutMs` (a guard against a hung start, not a performance bound).
 */
export async function startService(
  command: string,
  env: NodeJS.ProcessEnv,
  readyUrl: string,
  options: { timeoutMs?: number; shouldStop?: () => boolean } = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 120_000;
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null || options.shouldStop?.()) {
      child.kill('SIGKILL');
      throw new Error(`${command} exited: ${output}`);
    }
    const status = await fetch(readyUrl).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${command} not ready: ${output}`);
}
