// The errors Amplify's client recognises, as Forte must produce them: a missing or wrong API key is the client's
// "Unauthorized" (a 401 with x-amzn-ErrorType: UnauthorizedException), a denied operation AppSync's Unauthorized
// error, a failed condition DynamoDB's ConditionalCheckFailedException.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { exampleOutputs, functionCredentialsProvider, rejectionOf, runId, state, statements } from './context.js';
import { assertClientUnauthorized, assertModelsListUnauthorized } from './expectations.js';

const { createTodo, updateTodo } = await statements('mutations');
const { listTodos } = await statements('queries');

Amplify.configure(exampleOutputs(), { Auth: { credentialsProvider: functionCredentialsProvider() } });

describe('credentials', () => {
  test('a request without an API key is refused as Unauthorized', async () => {
    const client = generateClient({ authMode: 'none' });

    assertClientUnauthorized(await rejectionOf(client.graphql({ query: listTodos })));
  });

  test('a wrong API key is refused as Unauthorized', async () => {
    const client = generateClient({ authMode: 'apiKey', apiKey: 'da2-thiskeywasneverissuedbyforte0' });

    assertClientUnauthorized(await rejectionOf(client.graphql({ query: listTodos })));
  });

  test('a wrong API key fails the models API as Unauthorized too', async () => {
    const client = generateClient({ authMode: 'apiKey', apiKey: 'da2-thiskeywasneverissuedbyforte0' });

    assertModelsListUnauthorized(await client.models.Todo.list());
  });
});

describe('denied operations', () => {
  const rules = generateClient({ endpoint: state.rules.endpoint, authMode: 'apiKey', apiKey: state.rules.apiKey });

  test('a write the API key is not allowed is AppSync\'s Unauthorized error, and writes nothing', async () => {
    const text = `${runId} denied`;
    const error = await rejectionOf(rules.graphql({
      query: 'mutation Denied($input: CreateNoticeInput!) { createNotice(input: $input) { id text } }',
      variables: { input: { text } },
    }));

    assert.deepEqual(error.data, { createNotice: null });
    assert.equal(error.errors.length, 1, JSON.stringify(error.errors));
    assert.equal(error.errors[0].errorType, 'Unauthorized');
    assert.equal(error.errors[0].message, 'Not Authorized to access createNotice on type Mutation');
    assert.deepEqual(error.errors[0].path, ['createNotice']);
    const read = await rules.graphql({
      query: 'query ($filter: ModelNoticeFilterInput) { listNotices(filter: $filter) { items { id } } }',
      variables: { filter: { text: { eq: text } } },
    });
    assert.deepEqual(read.data.listNotices.items, [], 'the same key may read Notices, and none was written');
  });
});

describe('conditions', () => {
  const client = generateClient({ authMode: 'apiKey' });

  test('an update whose condition fails is ConditionalCheckFailedException and changes nothing', async () => {
    const { data } = await client.graphql({ query: createTodo, variables: { input: { name: `${runId} condition` } } });

    const error = await rejectionOf(client.graphql({
      query: updateTodo,
      variables: { input: { id: data.createTodo.id, isDone: true }, condition: { name: { eq: 'another name' } } },
    }));

    assertConditionalCheckFailed(error, 'updateTodo');
    const { data: after } = await client.models.Todo.get({ id: data.createTodo.id });
    assert.equal(after.isDone, false);
  });

  test('creating a todo with an id that exists is ConditionalCheckFailedException in the models API', async () => {
    const { data: first } = await client.models.Todo.create({ name: `${runId} original` });

    const { data, errors } = await client.models.Todo.create({ id: first.id, name: `${runId} duplicate` });

    assert.equal(data, null);
    assertConditionalCheckFailed({ errors }, 'createTodo');
    assert.equal((await client.models.Todo.get({ id: first.id })).data.name, `${runId} original`);
  });
});

function assertConditionalCheckFailed(error, field) {
  assert.equal(error.errors?.length, 1, JSON.stringify(error));
  const [failure] = error.errors;
  assert.equal(failure.errorType, 'DynamoDB:ConditionalCheckFailedException');
  assert.match(failure.message, /^The conditional request failed/);
  assert.deepEqual(failure.path, [field]);
}
