// The suite notices a server that breaks the protocol. The client is pointed at wrong endpoints, and the exact
// failure it then reports is asserted. A fake server whose 401 lacks x-amzn-ErrorType makes the same Unauthorized
// check that passes against Forte fail.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { once } from 'node:events';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { exampleOutputs, rejectionOf, state, statements } from './context.js';
import { assertClientUnauthorized, failureOf } from './expectations.js';

const { listTodos } = await statements('queries');

Amplify.configure(exampleOutputs());

const UNAUTHORIZED_BODY = JSON.stringify({
  errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }],
});

describe('a client pointed at the wrong place', () => {
  test('a wrong path on the sandbox fails with the client\'s "Unknown error"', async () => {
    const wrongPath = state.example.endpoint.replace(/\/graphql$/, '/graphq');
    const client = generateClient({ endpoint: wrongPath, authMode: 'apiKey', apiKey: state.example.apiKey });

    const error = await rejectionOf(client.graphql({ query: listTodos }));

    assert.deepEqual(failureOf(error), { data: {}, errors: [{ name: 'NotFoundException', message: 'Unknown error' }] });
  });

  test('a port where nothing listens fails with the client\'s network error', async () => {
    const client = generateClient({ endpoint: `http://127.0.0.1:${await closedPort()}/graphql`, authMode: 'apiKey',
      apiKey: state.example.apiKey });

    const error = await rejectionOf(client.graphql({ query: listTodos }));

    assert.deepEqual(failureOf(error),
      { data: {}, errors: [{ name: 'NetworkError', message: 'A network error has occurred.' }] });
  });

  test('the key of the other sandbox is refused as Unauthorized', async () => {
    const client = generateClient({ authMode: 'apiKey', apiKey: state.rules.apiKey });

    assertClientUnauthorized(await rejectionOf(client.graphql({ query: listTodos })));
  });
});

describe('a server that breaks the protocol fails the suite', () => {
  test('a 401 without x-amzn-ErrorType fails the Unauthorized check that Forte passes', async () => {
    const error = await errorFromFakeServer({ 'content-type': 'application/json' });

    assert.deepEqual(failureOf(error), { data: {}, errors: [{ name: 'UnknownError', message: 'Unknown error' }] });
    assert.throws(() => assertClientUnauthorized(error), assert.AssertionError);
  });

  test('the same 401 with x-amzn-ErrorType passes it, so the header alone made the difference', async () => {
    const error = await errorFromFakeServer({
      'content-type': 'application/json',
      'x-amzn-ErrorType': 'UnauthorizedException',
    });

    assertClientUnauthorized(error);
  });
});

/** Runs listTodos against a one-off server that answers every request 401 with `headers`; returns the rejection. */
async function errorFromFakeServer(headers) {
  const server = http.createServer((request, response) => {
    request.resume();
    response.writeHead(401, headers).end(UNAUTHORIZED_BODY);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const client = generateClient({ endpoint: `http://127.0.0.1:${server.address().port}/graphql`,
      authMode: 'apiKey', apiKey: 'da2-any' });
    return await rejectionOf(client.graphql({ query: listTodos }));
  } finally {
    server.close();
  }
}

/** Returns a loopback port that was free a moment ago: bound, then released. */
async function closedPort() {
  const server = http.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}
