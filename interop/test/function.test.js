// Amplify's own function code (function/handler.js) runs as the example's `data-access` function: in a process
// whose environment is exactly the one the sandbox gives that function, signing with its issued IAM credentials.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { state } from './context.js';

const run = promisify(execFile);

test('the seed function creates "My first todo" and lists todos, signing as the data-access function', async () => {
  const { functionEnvironment, functionDirectory } = state.example;
  assert.equal(functionEnvironment.amplifyData_GRAPHQL_ENDPOINT, state.example.endpoint);
  assert.ok(!Object.values(functionEnvironment).includes(state.example.apiKey), 'the function must not get the API key');
  const before = await countFirstTodos();

  const env = {
    PATH: process.env.PATH,
    ...functionEnvironment,
    AWS_LAMBDA_FUNCTION_NAME: 'data-access',
    ...(process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS } : {}),
  };
  const event = { source: 'forte-interop' };
  const { stdout } = await run(process.execPath, [path.join(functionDirectory, 'invoke.js'), JSON.stringify(event)],
    { cwd: functionDirectory, env });

  assert.deepEqual(JSON.parse(stdout), event);
  const created = await firstTodos();
  assert.equal(created.length, before + 1);
  assert.equal(created.at(-1).description, 'This is my first todo');
});

async function countFirstTodos() {
  return (await firstTodos()).length;
}

/** The todos named "My first todo", read with the API key over plain HTTP, oldest first. */
async function firstTodos() {
  const response = await fetch(state.example.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': state.example.apiKey },
    body: JSON.stringify({
      query: 'query ($filter: ModelTodoFilterInput) { listTodos(filter: $filter, limit: 1000) { items { id description createdAt } nextToken } }',
      variables: { filter: { name: { eq: 'My first todo' } } },
    }),
  });
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data.listTodos.nextToken, null);
  return body.data.listTodos.items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
