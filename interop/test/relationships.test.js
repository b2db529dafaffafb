// Relationships with client.models of the rules sandbox (interop/backend/RulesBackend.java): the lazy loaders the
// client builds from the model introspection's `association` (hasMany, hasOne, belongsTo, a composite-key parent)
// and selection sets that follow a relationship.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { runId, state } from './context.js';

Amplify.configure(JSON.parse(readFileSync(state.rules.outputs, 'utf8')));
const client = generateClient({ authMode: 'apiKey' });

/** Returns what `call` resolved to after checking that it has no errors. */
async function ok(call) {
  const { data, errors, nextToken } = await call;
  assert.equal(errors, undefined, JSON.stringify(errors));
  return { data, nextToken };
}

describe('hasMany / belongsTo: Shelf.books and Book.shelf', () => {
  test('shelf.books() lists the shelf\'s books only, pages with limit and nextToken, and book.shelf() gets the shelf', async () => {
    const { data: shelf } = await ok(client.models.Shelf.create({ name: `${runId}-shelf` }));
    const { data: other } = await ok(client.models.Shelf.create({ name: `${runId}-other` }));
    for (const title of ['A', 'B', 'C']) {
      await ok(client.models.Book.create({ title, shelfId: shelf.id }));
    }
    await ok(client.models.Book.create({ title: 'elsewhere', shelfId: other.id }));

    const { data: books } = await ok(shelf.books());
    assert.deepEqual(books.map((book) => book.title).sort(), ['A', 'B', 'C']);

    const first = await ok(shelf.books({ limit: 2 }));
    assert.equal(first.data.length, 2);
    assert.ok(first.nextToken, 'a second page');
    const second = await ok(shelf.books({ limit: 2, nextToken: first.nextToken }));
    assert.deepEqual([...first.data, ...second.data].map((book) => book.title).sort(), ['A', 'B', 'C']);

    const { data: back } = await ok(books[0].shelf());
    assert.equal(back.id, shelf.id);
    assert.equal(back.name, `${runId}-shelf`);
  });

  test('a selectionSet follows the relationship: [\'id\', \'name\', \'books.*\'] and [\'title\', \'shelf.name\']', async () => {
    const { data: shelf } = await ok(client.models.Shelf.create({ name: `${runId}-selected` }));
    const { data: book } = await ok(client.models.Book.create({ title: 'Selected', shelfId: shelf.id }));

    const { data: withBooks } = await ok(client.models.Shelf.get({ id: shelf.id },
      { selectionSet: ['id', 'name', 'books.*'] }));
    assert.deepEqual(withBooks.books.map((item) => item.title), ['Selected']);

    const { data: withShelf } = await ok(client.models.Book.get({ id: book.id }, { selectionSet: ['title', 'shelf.name'] }));
    assert.deepEqual(withShelf, { title: 'Selected', shelf: { name: `${runId}-selected` } });
  });

  test('a book without a shelf has none, and a shelf without books lists none', async () => {
    const { data: loose } = await ok(client.models.Book.create({ title: 'Loose' }));
    const { data: empty } = await ok(client.models.Shelf.create({ name: `${runId}-empty` }));

    assert.equal((await ok(loose.shelf())).data, null);
    assert.deepEqual((await ok(empty.books())).data, []);
  });
});

describe('hasOne / belongsTo: Reader.card and LibraryCard.reader', () => {
  test('reader.card() gets the reader\'s card and card.reader() the reader', async () => {
    const { data: reader } = await ok(client.models.Reader.create({ name: `${runId}-reader` }));
    await ok(client.models.LibraryCard.create({ number: `${runId}-1`, readerId: reader.id }));

    const { data: card } = await ok(reader.card());
    assert.equal(card.number, `${runId}-1`);
    const { data: owner } = await ok(card.reader());
    assert.equal(owner.id, reader.id);
  });
});

describe('a composite-key parent: Branch keyed by city + code, Loan referencing both', () => {
  test('branch.loans() matches both reference fields, and loan.branch() gets the branch by its key', async () => {
    const city = `${runId}-city`;
    const { data: branch } = await ok(client.models.Branch.create({ city, code: 'N' }));
    await ok(client.models.Branch.create({ city, code: 'S' }));
    await ok(client.models.Loan.create({ item: 'north', city, code: 'N' }));
    await ok(client.models.Loan.create({ item: 'south', city, code: 'S' }));

    const { data: loans } = await ok(branch.loans());
    assert.deepEqual(loans.map((loan) => loan.item), ['north']);
    const { data: back } = await ok(loans[0].branch());
    assert.deepEqual([back.city, back.code], [city, 'N']);
  });
});
