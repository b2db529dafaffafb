// What every test file shares: the sandboxes run.js started, the function's credentials, a WebSocket for Node 20,
// and waiting on observables with a deadline instead of sleeps.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

if (!process.env.FORTE_INTEROP_STATE) {
  throw new Error('Run the interop suite with `npm --prefix interop test`: it starts the sandboxes these tests use.');
}

/** The sandboxes: `example` (the example Todo backend, with its function) and `rules` (interop/backend). */
export const state = JSON.parse(readFileSync(process.env.FORTE_INTEROP_STATE, 'utf8'));

// Node 20 has no global WebSocket, without which Amplify's subscriptions never connect and report nothing.
globalThis.WebSocket ??= WebSocket;

/** Why real-time tests are skipped, or false when the sandbox serves wss:// (it then prints its CA certificate). */
export const realtimeMissing = state.example.caCertificate
  ? false
  : 'the sandbox prints no CA certificate: it serves no wss:// real-time endpoint yet';

/** A marker unique to this test process, to tell its todos from those of other tests. */
export const runId = randomUUID().slice(0, 8);

/** Returns the outputs file of the example sandbox, parsed. */
export function exampleOutputs() {
  return JSON.parse(readFileSync(state.example.outputs, 'utf8'));
}

/** Amplify's credentialsProvider handing out the credentials the sandbox issued to the function `data-access`. */
export function functionCredentialsProvider(environment = state.example.functionEnvironment) {
  return {
    getCredentialsAndIdentityId: async () => ({
      credentials: {
        accessKeyId: environment.AWS_ACCESS_KEY_ID,
        secretAccessKey: environment.AWS_SECRET_ACCESS_KEY,
        sessionToken: environment.AWS_SESSION_TOKEN,
      },
    }),
    clearCredentialsAndIdentityId: () => {},
  };
}

/** Returns what `promise` rejected with; fails when it resolves. */
export async function rejectionOf(promise) {
  try {
    const value = await promise;
    throw new Error(`Expected a rejection, got ${JSON.stringify(value)}`);
  } catch (e) {
    return e;
  }
}

/**
 * Subscribes to `observable` and, until one of its values satisfies `accepts`, calls `provoke` (which makes the
 * server emit, e.g. by creating a todo) whenever `retryMs` pass without one: a subscription's start is
 * acknowledged asynchronously, so the first provocation may come before the server delivers to it. Resolves to
 * { value, provoked } (every value `provoke` returned); rejects after `timeoutMs` or on the observable's error.
 */
export function untilObserved(observable, { accepts, provoke, retryMs = 1_500, timeoutMs = 60_000 }) {
  const provoked = [];
  return new Promise((resolve, reject) => {
    let retry;
    const deadline = setTimeout(() => finish(() => reject(new Error(
      `No accepted value within ${timeoutMs / 1000} s; provoked ${provoked.length} times`))), timeoutMs);
    const subscription = observable.subscribe({
      next: (value) => {
        if (accepts(value, provoked)) {
          finish(() => resolve({ value, provoked }));
        }
      },
      error: (error) => finish(() => reject(asError(error))),
    });
    const again = async () => {
      try {
        provoked.push(await provoke());
      } catch (error) {
        finish(() => reject(asError(error)));
        return;
      }
      retry = setTimeout(again, retryMs);
    };
    again();
    function finish(settle) {
      clearTimeout(deadline);
      clearTimeout(retry);
      subscription.unsubscribe();
      settle();
    }
  });
}

function asError(error) {
  return error instanceof Error ? error : new Error(JSON.stringify(error));
}
