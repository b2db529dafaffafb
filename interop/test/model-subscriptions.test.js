// onUpdate and onDelete of client.models, with a filter and a selectionSet, over wss:// against the rules sandbox:
// Product (keyed by storeId + sku) of interop/backend/RulesBackend.java.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { runId, state, untilObserved } from './context.js';

Amplify.configure(JSON.parse(readFileSync(state.rules.outputs, 'utf8')));
const client = generateClient({ authMode: 'apiKey' });

describe('client.models.Product subscriptions', () => {
  test('onUpdate delivers the updated product of its filter, with the fields of its selectionSet only', async () => {
    const storeId = `${runId}-onUpdate`;
    await client.models.Product.create({ storeId, sku: 'U-1', name: 'watched', category: 'c', price: 1 });
    await client.models.Product.create({ storeId: `${storeId}-other`, sku: 'U-1', name: 'unwatched', category: 'c', price: 1 });
    let price = 1;

    const { value, provoked } = await untilObserved(client.models.Product.onUpdate({
      filter: { storeId: { eq: storeId } }, selectionSet: ['storeId', 'sku', 'price', 'status', 'dimensions.*'],
    }), {
      provoke: async () => {
        // The product outside the filter changes first: were it delivered, its storeId would fail the assertions.
        await client.models.Product.update({ storeId: `${storeId}-other`, sku: 'U-1', price: 99 });
        price += 1;
        const { data, errors } = await client.models.Product.update({
          storeId, sku: 'U-1', price, status: 'ACTIVE', dimensions: { width: price },
        });
        assert.equal(errors, undefined, JSON.stringify(errors));
        return data.price;
      },
      accepts: () => true,
    });

    assert.ok(provoked.includes(value.price), `${value.price} is one of the prices set: ${provoked}`);
    assert.deepEqual(value, {
      storeId, sku: 'U-1', price: value.price, status: 'ACTIVE', dimensions: { width: value.price, height: null, unit: null },
    });
  });

  test('onDelete delivers the deleted product of its filter with all its fields', async () => {
    const storeId = `${runId}-onDelete`;
    let count = 0;

    const { value, provoked } = await untilObserved(client.models.Product.onDelete({ filter: { storeId: { eq: storeId } } }), {
      provoke: async () => {
        const sku = `D-${++count}`;
        await client.models.Product.create({ storeId: `${storeId}-other`, sku, name: 'unwatched', category: 'c', price: 1 });
        await client.models.Product.delete({ storeId: `${storeId}-other`, sku });
        await client.models.Product.create({ storeId, sku, name: 'gone', category: 'c', price: 2, size: 'LARGE' });
        const { data, errors } = await client.models.Product.delete({ storeId, sku });
        assert.equal(errors, undefined, JSON.stringify(errors));
        return data.sku;
      },
      accepts: () => true,
    });

    assert.equal(value.storeId, storeId);
    assert.ok(provoked.includes(value.sku), `${value.sku} is one of the deleted ${provoked}`);
    assert.equal(value.name, 'gone');
    assert.equal(value.size, 'LARGE');
    assert.equal(value.dimensions, null);
    assert.ok(Date.parse(value.updatedAt) > 0, JSON.stringify(value));
  });

  test('observeQuery lists the store\'s products, then replaces one updated by its key', async () => {
    const storeId = `${runId}-observe`;
    await client.models.Product.create({ storeId, sku: 'O-1', name: 'first', category: 'c', price: 1 });
    await client.models.Product.create({ storeId, sku: 'O-2', name: 'second', category: 'c', price: 1 });
    let synced = false;
    let version = 0;

    const { value } = await untilObserved(client.models.Product.observeQuery({ filter: { storeId: { eq: storeId } } }), {
      provoke: async () => (await client.models.Product.update({ storeId, sku: 'O-2', name: `second v${++version}` })).data.name,
      accepts: (snapshot, provoked) => {
        synced ||= snapshot.isSynced;
        return synced && snapshot.items.some((product) => product.sku === 'O-2' && provoked.includes(product.name));
      },
    });

    assert.deepEqual(value.items.map((product) => product.sku).sort(), ['O-1', 'O-2'], 'the update replaced, not added');
    assert.equal(value.items.find((product) => product.sku === 'O-1').name, 'first');
  });
});
