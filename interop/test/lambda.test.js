// Lambda authorization (AWS_LAMBDA) with Amplify's own client: generateClient({ authMode: 'lambda', authToken }),
// whose token the rules sandbox's authorizer function (interop/backend/RulesBackend.java, run in its worker JVM)
// accepts unless it starts with "deny", over HTTP and over the realtime WebSocket.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { runId, state, untilObserved } from './context.js';
import { assertModelsListUnauthorized } from './expectations.js';

const outputs = JSON.parse(readFileSync(state.rules.outputs, 'utf8'));
Amplify.configure(outputs);
const client = generateClient({ authMode: 'lambda', authToken: `allow-${runId}` });

describe('client.models.Memo with allow.custom()', () => {
  test('amplify_outputs.json offers the lambda mode', () => {
    assert.ok(outputs.data.authorization_types.includes('AWS_LAMBDA'), JSON.stringify(outputs.data));
  });

  test('an accepted token creates a memo and lists it', async () => {
    const { data: created, errors } = await client.models.Memo.create({ text: `${runId} memo` });
    assert.equal(errors, undefined, JSON.stringify(errors));

    const listed = await client.models.Memo.list({ filter: { text: { beginsWith: runId } } });

    assert.equal(listed.errors, undefined, JSON.stringify(listed.errors));
    assert.ok(listed.data.some((memo) => memo.id === created.id), JSON.stringify(listed.data));
  });

  test('a token the authorizer refuses is the client\'s Unauthorized', async () => {
    const refused = generateClient({ authMode: 'lambda', authToken: `deny-${runId}` });

    assertModelsListUnauthorized(await refused.models.Memo.list());
  });

  test('onCreate with a lambda token delivers the created memo', async () => {
    const subscription = client.models.Memo.onCreate({ filter: { text: { beginsWith: runId } } });

    const { value, provoked } = await untilObserved(subscription, {
      provoke: async () => (await client.models.Memo.create({ text: `${runId} heard` })).data.id,
      accepts: () => true,
    });

    assert.ok(provoked.includes(value.id), JSON.stringify(value));
    assert.equal(value.text, `${runId} heard`);
  });
});
