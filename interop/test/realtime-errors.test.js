// How a refused subscription reaches the subscriber. This file runs in a process of its own, so its first
// subscription opens the client's real-time socket: the handshake's refusal (connection_error) comes first, then a
// refused start on a socket a valid subscription already holds open (an error for that start's id).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Amplify } from 'aws-amplify';
import { Hub } from 'aws-amplify/utils';
import { generateClient } from 'aws-amplify/data';
import { exampleOutputs, statements } from './context.js';

const { onCreateTodo } = await statements('subscriptions');

Amplify.configure(exampleOutputs());

const WRONG_KEY = 'da2-thiskeywasneverissuedbyforte0';

describe('refused subscriptions', () => {
  test('a wrong API key refused at the handshake is "Connection failed: UnauthorizedException"', async () => {
    const error = await subscriptionError(generateClient({ authMode: 'apiKey', apiKey: WRONG_KEY }));

    assert.deepEqual(error, { errors: [{ message: 'Connection failed: UnauthorizedException' }] });
  });

  test('a wrong API key refused at the start of a subscription on an open socket names the errorType', async () => {
    const acknowledged = new Promise((resolve) => {
      const stop = Hub.listen('api', ({ payload }) => {
        if (payload.event === 'Subscription ack') {
          stop();
          resolve();
        }
      });
    });
    const open = generateClient({ authMode: 'apiKey' }).graphql({ query: onCreateTodo }).subscribe({});
    try {
      await acknowledged;

      const error = await subscriptionError(generateClient({ authMode: 'apiKey', apiKey: WRONG_KEY }));

      assert.equal(error.errors.length, 1, JSON.stringify(error));
      const refusal = JSON.parse(error.errors[0].message.replace(/^Connection failed: /, ''));
      assert.equal(refusal.errors[0].errorType, 'UnauthorizedException', error.errors[0].message);
    } finally {
      open.unsubscribe();
    }
  });
});

/** Subscribes with `client` and resolves to the error its subscriber gets, as plain data. */
function subscriptionError(client) {
  return new Promise((resolve, reject) => {
    client.graphql({ query: onCreateTodo }).subscribe({
      next: (value) => reject(new Error(`Expected an error, got ${JSON.stringify(value)}`)),
      error: (error) => resolve(JSON.parse(JSON.stringify(error))),
    });
  });
}
