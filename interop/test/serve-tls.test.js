// aws-amplify against `forte serve` over TLS, as a production app meets it: a node started with --tls-cert and
// --tls-key holding a certificate of the suite's own CA (trusted through NODE_EXTRA_CA_CERTS, as an app trusts a
// private CA), configured from the amplify_outputs.json `forte generate outputs` writes for it. Models over
// https:// and onCreate over wss://, on the one port the node serves.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { runId, state, untilObserved } from './context.js';

const outputs = JSON.parse(readFileSync(state.serve.outputs, 'utf8'));
Amplify.configure(outputs);
const client = generateClient({ authMode: 'apiKey' });

describe('forte serve with --tls-cert and --tls-key', () => {
  test('announces and writes outputs for https:// and wss:// under the certificate\'s name', () => {
    const port = new URL(state.serve.endpoint).port;

    assert.equal(state.serve.endpoint, `https://127.0.0.1:${port}/graphql`);
    assert.equal(outputs.data.url, state.serve.endpoint);
    assert.equal(outputs.data.api_key, state.serve.apiKey);
    assert.ok(state.serve.announced.includes(`Realtime endpoint: wss://127.0.0.1:${port}/graphql/realtime`),
      state.serve.announced.join('\n'));
  });

  test('client.models.Todo creates and lists over https://', async () => {
    const name = `${runId} over https`;
    const { data: created, errors } = await client.models.Todo.create({ name, priority: 'HIGH' });
    assert.equal(errors, undefined, JSON.stringify(errors));

    const { data: listed } = await client.models.Todo.list({ filter: { name: { eq: name } } });

    assert.deepEqual(listed.map((todo) => todo.id), [created.id]);
    assert.equal(listed[0].priority, 'HIGH');
  });

  test('onCreate delivers over wss://', async () => {
    const name = `${runId} over wss`;

    const { value, provoked } = await untilObserved(client.models.Todo.onCreate({ filter: { name: { eq: name } } }), {
      provoke: async () => (await client.models.Todo.create({ name })).data.id,
      accepts: () => true,
    });

    assert.ok(provoked.includes(value.id), `${value.id} is one of the created ${provoked}`);
    assert.equal(value.name, name);
  });
});
