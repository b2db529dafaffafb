// Field validation (`.validate(...)`) as Amplify's client meets it: a create or update that breaks a rule resolves
// `{ data: null, errors }` with the rule's message (or the transformer's default) and writes nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { runId, state } from './context.js';

Amplify.configure(JSON.parse(readFileSync(state.rules.outputs, 'utf8')));
const client = generateClient({ authMode: 'apiKey' });

function assertRefused({ data, errors }, mutation, message) {
  assert.equal(data, null);
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].message, message);
  assert.deepEqual(errors[0].path, [mutation]);
}

describe('client.models.Gauge with .validate rules', () => {
  test('a create that breaks a rule gets its default message, and nothing is written', async () => {
    const refused = await client.models.Gauge.create({ label: 'x', reading: 5 });
    const created = await client.models.Gauge.create({ label: `${runId}-ok`, reading: 5 });

    assertRefused(refused, 'createGauge', 'Field label of type Gauge must have a minimum length of 2');
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    assert.equal(created.data.reading, 5);
    const { data } = await client.models.Gauge.list({ filter: { label: { eq: 'x' } } });
    assert.deepEqual(data, []);
  });

  test('an update that breaks a rule gets the rule\'s message and keeps the stored value', async () => {
    const { data: gauge } = await client.models.Gauge.create({ label: `${runId}-up`, reading: 50 });

    const refused = await client.models.Gauge.update({ id: gauge.id, reading: 100.5 });
    const kept = await client.models.Gauge.get({ id: gauge.id });
    const updated = await client.models.Gauge.update({ id: gauge.id, reading: 100 });

    assertRefused(refused, 'updateGauge', 'Reading is 0 to 100');
    assert.equal(kept.data.reading, 50);
    assert.equal(updated.data.reading, 100);
  });
});
