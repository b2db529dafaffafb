// Custom queries and mutations answered by a function (CatalogOperations in interop/backend/RulesBackend.java, run
// in its worker JVM), called as Amplify's client.queries.x(...) and client.mutations.y(...): enum and custom type
// arguments, an inline custom type, an enum, a list and a model list as results, an async mutation, a null result and a failure.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { jwt, state } from './context.js';

let signedIn = 'alice';
Amplify.configure(JSON.parse(readFileSync(state.rules.outputs, 'utf8')), {
  Auth: { tokenProvider: { getTokens: async () => ({ accessToken: jwt(state.rules.tokens[signedIn]) }) } },
});
const client = generateClient({ authMode: 'apiKey' });
const userClient = generateClient({ authMode: 'userPool' });

describe('custom operations with a.handler.function', () => {
  test('queries.quote passes scalar, enum and custom type arguments and returns its inline custom type', async () => {
    const { data, errors } = await client.queries.quote({
      sku: 'A-1', quantity: 3, unitPrice: 2.5, status: 'ACTIVE', dimensions: { width: 2, height: 4, unit: 'm' },
    });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.deepEqual(data, { sku: 'A-1', total: 7.5, status: 'ACTIVE', area: 8 });
  });

  test('queries.quote without the optional arguments returns nulls for what the function left out', async () => {
    const { data, errors } = await client.queries.quote({ sku: 'B-2', quantity: 2, unitPrice: 0.25 });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.deepEqual(data, { sku: 'B-2', total: 0.5, status: null, area: null });
  });

  test('queries.totalArea takes a list of custom type inputs', async () => {
    const { data, errors } = await client.queries.totalArea({
      parts: [{ width: 2, height: 3 }, { width: 1.5, height: 2, unit: 'm' }, { width: 9 }],
    });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.equal(data, 9);
  });

  test('headers given to the call reach the function in request.headers', async () => {
    const { data, errors } = await client.queries.requestTag({ prefix: 'tag' }, { headers: { 'x-catalog-tag': 'blue' } });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.equal(data, 'tag:blue');
  });

  test('queries.nextStatus returns an enum value, and null when the function answers null', async () => {
    const next = await client.queries.nextStatus({ status: 'DRAFT' });
    const last = await client.queries.nextStatus({ status: 'RETIRED' });

    assert.equal(next.errors, undefined, JSON.stringify(next.errors));
    assert.equal(next.data, 'ACTIVE');
    assert.equal(last.errors, undefined, JSON.stringify(last.errors));
    assert.equal(last.data, null);
  });

  test('queries.sampleProducts returns a list of the model, read back typed', async () => {
    const { data, errors } = await client.queries.sampleProducts({ storeId: 'samples', count: 2 });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.deepEqual(data.map((product) => [product.storeId, product.sku, product.price, product.status, product.tags]),
      [['samples', 'S-1', 1.5, 'DRAFT', ['sample']], ['samples', 'S-2', 3, 'DRAFT', ['sample']]]);
    assert.equal(data[0].dimensions, null);
  });

  test('an .async() mutation answers success at once', async () => {
    const { data, errors } = await client.mutations.announce({ message: 'hello' });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.deepEqual(data, { success: true });
  });

  test('mutations.shout takes and returns a list of strings', async () => {
    const { data, errors } = await client.mutations.shout({ words: ['forte', 'amplify'] });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.deepEqual(data, ['FORTE', 'AMPLIFY']);
  });

  test('a function that throws is AppSync\'s Lambda:Unhandled error with its message, and no data', async () => {
    const { data, errors } = await client.mutations.shout({ words: [] });

    assert.equal(data, null);
    assert.equal(errors?.length, 1, JSON.stringify(errors));
    assert.equal(errors[0].errorType, 'Lambda:Unhandled');
    assert.equal(errors[0].message, 'shout needs at least one word');
  });
});

describe('custom operations for signed-in users', () => {
  test('an allow.authenticated() query runs for any user, whose user-pool identity the function receives', async () => {
    signedIn = 'bob';
    const claims = jwt(state.rules.tokens.bob).payload;

    const { data, errors } = await userClient.queries.whoAmI();

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.deepEqual(data, { username: 'bob', sub: claims.sub, groups: null });
  });

  test('an allow.group("Admin") mutation runs for a member and is Unauthorized for anyone else', async () => {
    signedIn = 'carol';
    const member = await userClient.mutations.adminTask({ task: 'rotate keys' });
    signedIn = 'alice';
    const other = await userClient.mutations.adminTask({ task: 'rotate keys' });

    assert.equal(member.errors, undefined, JSON.stringify(member.errors));
    assert.equal(member.data, 'done: rotate keys');
    assert.equal(other.data, null);
    assert.equal(other.errors?.[0]?.errorType, 'Unauthorized', JSON.stringify(other.errors));
    assert.equal(other.errors[0].message, 'Not Authorized to access adminTask on type Mutation');
  });

  test('the API key cannot call an operation only users may call', async () => {
    const { data, errors } = await client.queries.whoAmI();

    assert.equal(data, null);
    assert.equal(errors?.[0]?.errorType, 'Unauthorized', JSON.stringify(errors));
  });
});
