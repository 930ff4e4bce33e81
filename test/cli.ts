/** Runs the `rse` command as a separate process, as an operator would, and collects its output. */
import { spawn } from 'node:child_process';
import type { Config } from '#platform/config.ts';

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
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: config.databaseUrl ?? undefined,
    DATABASE_PREFIX: config.databasePrefix,
    DATA_DIR: config.dataDir,
    KEYS_DIR: config.keysDir,
    LOG_LEVEL: 'warn',
  };
}
