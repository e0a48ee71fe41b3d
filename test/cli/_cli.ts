/** Runs the real CLI (src/cli/main.ts through tsx) in a child process, as a user would. */
import { spawn } from 'node:child_process';

export interface CliResult { code: number | null; stdout: string; stderr: string }

/** `input`, when given, is piped to the CLI's stdin (else stdin is closed). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, input?: string | Buffer): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, ...env }, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '', stderr = '';
    child.stdout!.on('data', (d) => { stdout += d; });
    child.stderr!.on('data', (d) => { stderr += d; });
    if (input !== undefined) { child.stdin!.on('error', () => undefined); child.stdin!.end(input); }
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
