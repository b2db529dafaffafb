// Custom identifiers, secondary indexes, enums and custom types with client.models of the rules sandbox
// (interop/backend/RulesBackend.java): Product keyed by storeId + sku, Customer keyed by email, the generated
// index query fields with sort key conditions and sortDirection, and selectionSet on get and list.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { runId, state } from './context.js';

Amplify.configure(JSON.parse(readFileSync(state.rules.outputs, 'utf8')));
const client = generateClient({ authMode: 'apiKey' });

/** A product of `storeId` with the required fields and `extra`, created and returned as the client read it back. */
async function createProduct(storeId, sku, extra = {}) {
  const { data, errors } = await client.models.Product.create({
    storeId, sku, name: `${sku} name`, category: `${runId}-none`, price: 1, ...extra,
  });
  assert.equal(errors, undefined, JSON.stringify(errors));
  return data;
}

describe('client.models.Product with identifier([storeId, sku])', () => {
  test('create returns the product with its key fields, no id, and its enums, nested custom types and lists typed', async () => {
    const storeId = `${runId}-create`;

    const created = await createProduct(storeId, 'A-1', {
      status: 'ACTIVE', size: 'SMALL', dimensions: { width: 2.5, height: 4, unit: 'cm' },
      label: { text: 'sale', colors: ['red', 'blue'], origin: { x: 1.5, y: -2 } }, history: ['DRAFT', 'ACTIVE'],
      tags: ['new', 'tool'],
    });

    assert.equal(created.storeId, storeId);
    assert.equal(created.sku, 'A-1');
    assert.equal('id' in created, false, JSON.stringify(created));
    assert.equal(created.status, 'ACTIVE');
    assert.equal(created.size, 'SMALL');
    assert.deepEqual(created.dimensions, { width: 2.5, height: 4, unit: 'cm' });
    assert.deepEqual(created.label, { text: 'sale', colors: ['red', 'blue'], origin: { x: 1.5, y: -2 } });
    assert.deepEqual(created.history, ['DRAFT', 'ACTIVE']);
    assert.deepEqual(created.tags, ['new', 'tool']);
    assert.ok(Date.parse(created.createdAt) > 0, JSON.stringify(created));
  });

  test('get takes the key object and returns the product; another sku of the store is null', async () => {
    const storeId = `${runId}-get`;
    const created = await createProduct(storeId, 'A-1', { status: 'DRAFT' });

    const { data, errors } = await client.models.Product.get({ storeId, sku: 'A-1' });
    const missing = await client.models.Product.get({ storeId, sku: 'A-2' });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.deepEqual(data, created);
    assert.equal(data.dimensions, null);
    assert.equal(missing.data, null);
    assert.equal(missing.errors, undefined);
  });

  test('update by the key object changes the given fields, keeps the others and replaces a custom type whole', async () => {
    const storeId = `${runId}-update`;
    await createProduct(storeId, 'A-1', { price: 3, status: 'DRAFT', dimensions: { width: 1, height: 2, unit: 'm' } });

    const { data, errors } = await client.models.Product.update({
      storeId, sku: 'A-1', price: 4.5, status: 'RETIRED', dimensions: { width: 7 },
    });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.equal(data.price, 4.5);
    assert.equal(data.status, 'RETIRED');
    assert.equal(data.name, 'A-1 name');
    assert.deepEqual(data.dimensions, { width: 7, height: null, unit: null });
    assert.deepEqual((await client.models.Product.get({ storeId, sku: 'A-1' })).data, data);
  });

  test('update sets a field to null when given null', async () => {
    const storeId = `${runId}-null`;
    await createProduct(storeId, 'A-1', { status: 'ACTIVE', tags: ['x'] });

    const { data, errors } = await client.models.Product.update({ storeId, sku: 'A-1', status: null, tags: null });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.equal(data.status, null);
    assert.equal(data.tags, null);
    assert.equal((await client.models.Product.get({ storeId, sku: 'A-1' })).data.status, null);
  });

  test('list filters on an enum field', async () => {
    const storeId = `${runId}-enum-filter`;
    await createProduct(storeId, 'E-1', { status: 'ACTIVE' });
    await createProduct(storeId, 'E-2', { status: 'DRAFT' });
    await createProduct(storeId, 'E-3');

    const active = await client.models.Product.list({ storeId, filter: { status: { eq: 'ACTIVE' } } });
    const notActive = await client.models.Product.list({ storeId, filter: { status: { ne: 'ACTIVE' } } });

    assert.equal(active.errors, undefined, JSON.stringify(active.errors));
    assert.deepEqual(active.data.map((product) => product.sku), ['E-1']);
    assert.deepEqual(notActive.data.map((product) => product.sku), ['E-2', 'E-3']);
  });

  test('delete by the key object returns the product and removes only it', async () => {
    const storeId = `${runId}-delete`;
    await createProduct(storeId, 'A-1');
    await createProduct(storeId, 'A-2');

    const { data, errors } = await client.models.Product.delete({ storeId, sku: 'A-1' });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.equal(data.storeId, storeId);
    assert.equal(data.sku, 'A-1');
    assert.equal((await client.models.Product.get({ storeId, sku: 'A-1' })).data, null);
    assert.equal((await client.models.Product.get({ storeId, sku: 'A-2' })).data.sku, 'A-2');
  });

  test('list takes the partition key, a sort key condition and sortDirection', async () => {
    const storeId = `${runId}-list`;
    for (const sku of ['A-2', 'B-1', 'A-1', 'A-3']) {
      await createProduct(storeId, sku);
    }
    await createProduct(`${runId}-list-other`, 'A-9');

    const descending = await client.models.Product.list({ storeId, sku: { beginsWith: 'A-' }, sortDirection: 'DESC' });
    const ascending = await client.models.Product.list({ storeId, sortDirection: 'ASC', limit: 3 });

    assert.equal(descending.errors, undefined, JSON.stringify(descending.errors));
    assert.deepEqual(descending.data.map((product) => product.sku), ['A-3', 'A-2', 'A-1']);
    assert.deepEqual(ascending.data.map((product) => product.sku), ['A-1', 'A-2', 'A-3']);
    assert.ok(ascending.nextToken, 'four products in a page of three leave a nextToken');
    const rest = await client.models.Product.list({ storeId, sortDirection: 'ASC', limit: 3, nextToken: ascending.nextToken });
    assert.deepEqual(rest.data.map((product) => product.sku), ['B-1']);
    const between = await client.models.Product.list({ storeId, sku: { between: ['A-2', 'B-0'] } });
    assert.deepEqual(between.data.map((product) => product.sku), ['A-2', 'A-3']);
  });

  test('selectionSet on get and list returns only the selected fields, custom type fields through a path', async () => {
    const storeId = `${runId}-selection`;
    await createProduct(storeId, 'A-1', { status: 'ACTIVE', dimensions: { width: 3, height: 1, unit: 'mm' } });

    const { data, errors } = await client.models.Product.get({ storeId, sku: 'A-1' },
      { selectionSet: ['sku', 'status', 'dimensions.width', 'dimensions.unit'] });
    const listed = await client.models.Product.list({ storeId, selectionSet: ['sku', 'dimensions.*'] });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.deepEqual(data, { sku: 'A-1', status: 'ACTIVE', dimensions: { width: 3, unit: 'mm' } });
    assert.equal(listed.errors, undefined, JSON.stringify(listed.errors));
    assert.deepEqual(listed.data, [{ sku: 'A-1', dimensions: { width: 3, height: 1, unit: 'mm' } }]);
  });
});

describe('secondary index query fields of client.models.Product', () => {
  test('listProductsByCategoryAndPrice (its own queryField) applies the sort key condition in sortDirection', async () => {
    const category = `${runId}-tools`;
    const storeId = `${runId}-index`;
    for (const [sku, price] of [['H-1', 12], ['H-2', 3.5], ['H-3', 30], ['H-4', 7]]) {
      await createProduct(storeId, sku, { category, price });
    }

    const { data, errors } = await client.models.Product.listProductsByCategoryAndPrice(
      { category, price: { between: [3.5, 12] } }, { sortDirection: 'DESC' });
    const cheapest = await client.models.Product.listProductsByCategoryAndPrice({ category }, { limit: 1 });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.deepEqual(data.map((product) => [product.sku, product.price]), [['H-1', 12], ['H-4', 7], ['H-2', 3.5]]);
    assert.deepEqual(cheapest.data.map((product) => product.sku), ['H-2']);
    assert.ok(cheapest.nextToken);
  });

  test('listProductByStatus (Amplify\'s default name) queries by an enum and filters within it', async () => {
    const storeId = `${runId}-status`;
    await createProduct(storeId, 'S-1', { status: 'RETIRED', price: 5 });
    await createProduct(storeId, 'S-2', { status: 'RETIRED', price: 50 });
    await createProduct(storeId, 'S-3', { status: 'ACTIVE', price: 5 });

    const { data, errors } = await client.models.Product.listProductByStatus({ status: 'RETIRED' },
      { filter: { storeId: { eq: storeId } } });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.deepEqual(data.map((product) => product.sku).sort(), ['S-1', 'S-2']);
    assert.ok(data.every((product) => product.status === 'RETIRED'));
  });

  test('an index query pages with limit and nextToken in sort key order', async () => {
    const category = `${runId}-paged`;
    const storeId = `${runId}-paged`;
    for (const [sku, price] of [['P-1', 4], ['P-2', 1], ['P-3', 3], ['P-4', 2], ['P-5', 5]]) {
      await createProduct(storeId, sku, { category, price });
    }

    const prices = [];
    let nextToken = null;
    let pages = 0;
    do {
      const page = await client.models.Product.listProductsByCategoryAndPrice({ category }, { limit: 2, nextToken });
      assert.equal(page.errors, undefined, JSON.stringify(page.errors));
      prices.push(...page.data.map((product) => product.price));
      nextToken = page.nextToken;
      pages++;
    } while (nextToken && pages < 10);

    assert.deepEqual(prices, [1, 2, 3, 4, 5]);
    assert.equal(pages, 3);
  });
});

describe('client.models.Customer with identifier([email])', () => {
  test('create, get, update and delete take the email as the key', async () => {
    const email = `${runId}@example.com`;

    const created = await client.models.Customer.create({ email, name: 'Ada', status: 'DRAFT' });
    const read = await client.models.Customer.get({ email });
    const updated = await client.models.Customer.update({ email, status: 'ACTIVE' });
    const deleted = await client.models.Customer.delete({ email });

    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    assert.equal(created.data.email, email);
    assert.equal('id' in created.data, false, JSON.stringify(created.data));
    assert.deepEqual(read.data, created.data);
    assert.equal(updated.data.status, 'ACTIVE');
    assert.equal(updated.data.name, 'Ada');
    assert.equal(deleted.data.email, email);
    assert.equal((await client.models.Customer.get({ email })).data, null);
  });

  test('list takes the email as its partition key', async () => {
    const email = `${runId}-list@example.com`;
    await client.models.Customer.create({ email, name: 'Grace', status: 'ACTIVE' });
    await client.models.Customer.create({ email: `${runId}-other@example.com`, status: 'ACTIVE' });

    const { data, errors } = await client.models.Customer.list({ email });

    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.deepEqual(data.map((customer) => [customer.email, customer.name]), [[email, 'Grace']]);
  });
});

describe('AWS scalars through client.models.Customer', () => {
  test('dates, times, a timestamp, JSON text, a phone number, a URL and an IP address are read back as written', async () => {
    const email = `${runId}-scalars@example.com`;
    const written = {
      birthday: '1990-02-28', wakeUp: '06:30:00.000', lastSeen: '2024-05-06T07:08:09.123Z', visitedAt: 1714979289,
      preferences: JSON.stringify({ theme: 'dark', sizes: [1, 2] }), phone: '+1 206-555-0100',
      site: 'https://example.com/a?b=c', lastIp: '192.0.2.10',
    };

    const created = await client.models.Customer.create({ email, status: 'ACTIVE', ...written });
    const read = await client.models.Customer.get({ email });

    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    // AWSJSON comes back as JSON text, compact; an object's key order is not kept (nor by DynamoDB's maps).
    assert.deepEqual(Object.fromEntries(Object.keys(written).map((key) => [key, read.data[key]])), {
      ...written, preferences: read.data.preferences,
    });
    assert.equal(typeof read.data.preferences, 'string');
    assert.doesNotMatch(read.data.preferences, /\s/);
    assert.deepEqual(JSON.parse(read.data.preferences), { theme: 'dark', sizes: [1, 2] });
  });
});

describe('client.enums', () => {
  test('Status.values() lists the enum from amplify_outputs.json in declaration order', () => {
    assert.deepEqual(client.enums.Status.values(), ['DRAFT', 'ACTIVE', 'RETIRED']);
    assert.deepEqual(client.enums.ProductSize.values(), ['SMALL', 'LARGE']);
  });
});
