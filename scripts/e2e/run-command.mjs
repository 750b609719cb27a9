import { spawn } from 'node:child_process';

/**
 * Runs a command, collecting its output; resolves with the output, rejects with an error whose
 * message ends with the output's last lines (what a failed install or build printed).
 */
export function runCommand(command, args, { cwd, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) {
        resolve(output);
        return;
      }
      const tail = output.trim().split('\n').slice(-25).join('\n');
      reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${tail}`));
    });
  });
}
