// Subscriptions over wss:// on the sandbox's port (TLS trusted through NODE_EXTRA_CA_CERTS, set before node
// started), through client.graphql with the generated onCreateTodo statement, with the API key and with IAM.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { exampleOutputs, functionCredentialsProvider, runId, untilObserved, statements } from './context.js';

const { createTodo } = await statements('mutations');
const { onCreateTodo } = await statements('subscriptions');

Amplify.configure(exampleOutputs(), { Auth: { credentialsProvider: functionCredentialsProvider() } });

describe('onCreateTodo over wss://', () => {
  for (const authMode of ['apiKey', 'iam']) {
    test(`delivers the created todo that matches the filter, with authMode ${authMode}`, async () => {
      const client = generateClient({ authMode });
      const name = `${runId} ${authMode} subscribed`;
      const subscription = client.graphql({ query: onCreateTodo, variables: { filter: { name: { eq: name } } } });

      const { value, provoked } = await untilObserved(subscription, {
        provoke: async () => {
          await client.graphql({ query: createTodo, variables: { input: { name: `${runId} ${authMode} other` } } });
          const { data } = await client.graphql({ query: createTodo, variables: { input: { name, priority: 'LOW' } } });
          return data.createTodo.id;
        },
        accepts: () => true,
      });

      const todo = value.data.onCreateTodo;
      assert.ok(provoked.includes(todo.id), `${todo.id} is one of the created ${provoked}`);
      assert.equal(todo.name, name);
      assert.equal(todo.priority, 'LOW');
      assert.equal(todo.isDone, false);
      assert.equal(todo.__typename, 'Todo');
    });
  }

});
