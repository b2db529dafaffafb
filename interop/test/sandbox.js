// Starts and stops `forte sandbox` and `forte serve` processes for the suite, and runs other `forte` commands.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const STARTUP_MS = 180_000;

/** The command that runs Forte's CLI: $FORTE_COMMAND (a JSON array, as the Maven module sets it), else ./forte. */
export function forteCommand() {
  const given = process.env.FORTE_COMMAND;
  return given ? JSON.parse(given) : [path.join(repoRoot, 'forte')];
}

/** Runs `forte args…` to completion and returns its standard output; rejects with its output when it fails. */
export async function forte(args, { inheritStderr = false } = {}) {
  const [command, ...prefix] = forteCommand();
  const child = spawn(command, [...prefix, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', inheritStderr ? 'inherit' : 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.stderr?.on('data', (chunk) => { err += chunk; });
  const [code] = await once(child, 'close');
  if (code !== 0) {
    throw new Error(`forte ${args.join(' ')} exited with ${code}:\n${out}${err}`);
  }
  return out;
}

/**
 * Starts `forte sandbox --port 0 --no-watch --data-dir <dataDir> --outputs-out-dir <dataDir>/outputs <args…>`, with
 * `environment` added to this process's, and resolves, once it has announced itself, to { endpoint, apiKey,
 * caCertificate (or null), identityPoolEndpoint (or null), userPoolEndpoint (or null), outputs (the path of the
 * amplify_outputs.json it wrote), dataDir, log(), logFile (`<dataDir>.log`, everything it printed so far, for the
 * test processes), stop() }.
 */
export function startSandbox(name, dataDir, args, environment = {}) {
  const outputsDir = path.join(dataDir, 'outputs');
  return startForte(name, dataDir, ['sandbox', '--port', '0', '--no-watch', '--data-dir', dataDir,
    '--outputs-out-dir', outputsDir, ...args], environment, /Press Ctrl-C to stop\.$/m,
  path.join(outputsDir, 'amplify_outputs.json'));
}

/**
 * Starts `forte serve --port 0 --data-dir <dataDir> <args…>` (a production node: it writes no outputs) and resolves,
 * once it serves, to the same shape as startSandbox's, with `outputs` null.
 */
export function startServe(name, dataDir, args) {
  return startForte(name, dataDir, ['serve', '--port', '0', '--data-dir', dataDir, ...args], {},
    /^Serving until SIGTERM or Ctrl-C\.$/m, null);
}

function startForte(name, dataDir, args, environment, ready, outputs) {
  const [command, ...prefix] = forteCommand();
  const child = spawn(command, [...prefix, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = {
    name,
    dataDir,
    endpoint: null,
    apiKey: null,
    caCertificate: null,
    identityPoolEndpoint: null,
    userPoolEndpoint: null,
    outputs,
    logFile: `${dataDir}.log`,
    log: () => output,
    stop: () => stop(child),
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`The ${name} ${args[0]} did not announce itself within ${STARTUP_MS / 1000} s:\n${output}`));
    }, STARTUP_MS);
    const read = (chunk) => {
      output += chunk;
      appendFileSync(started.logFile, chunk);
      started.endpoint ??= match(output, /^GraphQL endpoint: (\S+)$/m);
      started.userPoolEndpoint ??= match(output, /^User pool endpoint: (\S+)/m);
      started.apiKey ??= match(output, /^API key: (da2-\S+)$/m);
      started.caCertificate ??= match(output, /^CA certificate: (\S+)/m);
      started.identityPoolEndpoint ??= match(output, /^Identity pool endpoint: (\S+)$/m);
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(started);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The ${name} ${args[0]} exited with ${code} before serving:\n${output}`));
    });
  });
}

function match(text, pattern) {
  return pattern.exec(text)?.[1]?.trim() ?? null;
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return child.exitCode;
  }
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = await exited;
  return code;
}
