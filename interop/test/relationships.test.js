// Relationships with client.models of the rules sandbox (interop/backend/RulesBackend.java): the lazy loaders the
// client builds from model introspection (`post.comments()` is a list of Comment filtered on postId, `comment.post()`
// a get of Post, `reader.card()` the first LibraryCard of the reader), selection sets that follow relationships
// (`'comments.*'`, `'post.*'`: the connection fields of the server's schema), a composite parent, and a child under
// an owner rule, signed in with the local user pool's tokens or refused to the API key.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { jwt, runId, state, untilObserved } from './context.js';

let signedIn = 'alice';
Amplify.configure(JSON.parse(readFileSync(state.rules.outputs, 'utf8')), {
  Auth: { tokenProvider: { getTokens: async () => ({ accessToken: jwt(state.rules.tokens[signedIn]) }) } },
});
const client = generateClient({ authMode: 'apiKey' });
const users = generateClient({ authMode: 'userPool' });

/** Returns the data of a client.models call, failing with its errors when it has any. */
async function ok(call) {
  const { data, errors } = await call;
  assert.equal(errors, undefined, JSON.stringify(errors));
  return data;
}

/** A post with comments titled `${runId} <title>` and the contents given, as the client created them. */
async function postWithComments(title, contents) {
  const post = await ok(client.models.Post.create({ title: `${runId} ${title}` }));
  const comments = [];
  for (const content of contents) {
    comments.push(await ok(client.models.Comment.create({ content, postId: post.id })));
  }
  return { post, comments };
}

/** Every page of `load({ limit, nextToken })`, until nextToken is null. */
async function allPages(load, limit) {
  const pages = [];
  let nextToken = null;
  do {
    const page = await load({ limit, nextToken });
    assert.equal(page.errors, undefined, JSON.stringify(page.errors));
    pages.push(page.data);
    nextToken = page.nextToken ?? null;
  } while (nextToken);
  return pages;
}

const sorted = (values) => [...values].sort();

/** A record's fields without its lazy loaders. */
const fields = (record) => Object.fromEntries(Object.entries(record).filter(([, value]) => typeof value !== 'function'));

describe('a.hasMany / a.belongsTo: Post, Comment (required reference) and Reaction (optional)', () => {
  test('post.comments() lists the post\'s comments only, and comment.post() gets the post', async () => {
    const { post, comments } = await postWithComments('lazy', ['first', 'second']);
    await postWithComments('other', ['elsewhere']);

    const listed = await ok(post.comments());
    const parent = await ok(comments[1].post());

    assert.deepEqual(sorted(listed.map((comment) => comment.content)), ['first', 'second']);
    assert.deepEqual(sorted(listed.map((comment) => comment.id)), sorted(comments.map((comment) => comment.id)));
    assert.ok(listed.every((comment) => comment.postId === post.id), JSON.stringify(listed));
    assert.equal(parent.id, post.id);
    assert.equal(parent.title, `${runId} lazy`);
    assert.equal(typeof parent.comments, 'function', 'a loaded parent has lazy loaders of its own');
    assert.deepEqual(sorted((await ok(parent.comments())).map((comment) => comment.id)), sorted(listed.map((c) => c.id)));
  });

  test('post.comments({ limit, nextToken }) pages through every comment once', async () => {
    const contents = ['c1', 'c2', 'c3', 'c4', 'c5'];
    const { post } = await postWithComments('paged', contents);

    const pages = await allPages((options) => post.comments(options), 2);

    assert.ok(pages.length >= 3, `5 comments in pages of 2 need 3 pages or more, got ${JSON.stringify(pages)}`);
    assert.ok(pages.every((page) => page.length <= 2), JSON.stringify(pages));
    assert.deepEqual(sorted(pages.flat().map((comment) => comment.content)), contents);
  });

  test('a belongsTo whose reference is null loads null; the parent lists only the children that reference it', async () => {
    const post = await ok(client.models.Post.create({ title: `${runId} reacted` }));
    const attached = await ok(client.models.Reaction.create({ emoji: 'heart', postId: post.id }));
    const loose = await ok(client.models.Reaction.create({ emoji: 'shrug' }));

    assert.equal(loose.postId, null);
    assert.deepEqual(await loose.post(), { data: null });
    assert.equal((await ok(attached.post())).title, `${runId} reacted`);
    assert.deepEqual((await ok(post.reactions())).map((reaction) => reaction.id), [attached.id]);
  });

  test('create takes the parent object for a belongsTo field and stores its id in the reference', async () => {
    const post = await ok(client.models.Post.create({ title: `${runId} by object` }));

    const comment = await ok(client.models.Comment.create({ content: 'linked', post }));

    assert.equal(comment.postId, post.id);
    assert.deepEqual((await ok(post.comments())).map((each) => each.id), [comment.id]);
  });

  test('a comment without its required postId is refused in AppSync\'s words', async () => {
    const { data, errors } = await client.models.Comment.create({ content: `${runId} unattached` });

    assert.equal(data, null);
    assert.deepEqual(errors, [{
      path: null, locations: null, message: 'Variable \'input\' has coerced Null value for NonNull type \'ID!\'',
    }]);
    assert.deepEqual(await ok(client.models.Comment.list({ filter: { content: { eq: `${runId} unattached` } } })), []);
  });

  test('update moves a comment to another post; a comment of a deleted post loads a null post', async () => {
    const { post, comments: [moved, stays] } = await postWithComments('from', ['moved', 'stays']);
    const target = await ok(client.models.Post.create({ title: `${runId} to` }));

    const updated = await ok(client.models.Comment.update({ id: moved.id, postId: target.id }));
    const fromAfter = (await ok(post.comments())).map((comment) => comment.content);
    const toAfter = (await ok(target.comments())).map((comment) => comment.content);
    await ok(client.models.Post.delete({ id: post.id }));
    const orphaned = await stays.post();

    assert.equal((await ok(updated.post())).title, `${runId} to`);
    assert.deepEqual(fromAfter, ['stays']);
    assert.deepEqual(toAfter, ['moved']);
    assert.equal(orphaned.data, null);
    assert.equal(orphaned.errors, undefined, JSON.stringify(orphaned.errors));
  });

  test('get with selectionSet comments.* returns the post with its comments inline', async () => {
    const { post, comments } = await postWithComments('inline', ['x', 'y']);

    const got = await ok(client.models.Post.get({ id: post.id }, { selectionSet: ['id', 'title', 'comments.*'] }));

    assert.equal(got.title, `${runId} inline`);
    assert.deepEqual(sorted(got.comments.map((comment) => comment.id)), sorted(comments.map((comment) => comment.id)));
    const x = got.comments.find((comment) => comment.content === 'x');
    assert.deepEqual(x, fields(comments.find((comment) => comment.content === 'x')));
    assert.equal(x.post, undefined, 'a selection set gives plain values, no lazy loaders');
  });

  test('list with selectionSet post.* and comments.post.title follows the relationship both ways', async () => {
    const { post } = await postWithComments('both ways', ['one', 'two']);

    const listed = await ok(client.models.Comment.list({
      filter: { postId: { eq: post.id } }, selectionSet: ['content', 'post.*'],
    }));
    const posts = await ok(client.models.Post.list({
      filter: { title: { eq: `${runId} both ways` } }, selectionSet: ['id', 'comments.content', 'comments.post.title'],
    }));

    assert.deepEqual(sorted(listed.map((comment) => comment.content)), ['one', 'two']);
    for (const comment of listed) {
      assert.deepEqual(comment.post, {
        id: post.id, title: post.title, createdAt: post.createdAt, updatedAt: post.updatedAt,
      });
    }
    assert.equal(posts.length, 1, JSON.stringify(posts));
    assert.deepEqual(sorted(posts[0].comments.map((comment) => comment.content)), ['one', 'two']);
    assert.ok(posts[0].comments.every((comment) => comment.post.title === post.title), JSON.stringify(posts));
  });

  test('a hasMany field takes sortDirection, filter and limit through client.graphql', async () => {
    const { post } = await postWithComments('sorted', ['a', 'b', 'c', 'd']);
    const query = `query ($id: ID!, $direction: ModelSortDirection, $filter: ModelCommentFilterInput, $limit: Int) {
      getPost(id: $id) { comments(sortDirection: $direction, filter: $filter, limit: $limit) { items { id content } nextToken } } }`;
    const comments = async (variables) => (await client.graphql({ query, variables: { id: post.id, ...variables } }))
      .data.getPost.comments;

    const ascending = (await comments({ direction: 'ASC' })).items.map((comment) => comment.id);
    const descending = (await comments({ direction: 'DESC' })).items.map((comment) => comment.id);
    const filtered = (await comments({ filter: { content: { ne: 'b' } } })).items.map((comment) => comment.content);
    const limited = await comments({ limit: 3 });

    assert.equal(ascending.length, 4);
    assert.deepEqual(descending, [...ascending].reverse());
    assert.deepEqual(sorted(filtered), ['a', 'c', 'd']);
    assert.equal(limited.items.length, 3);
    assert.equal(typeof limited.nextToken, 'string');
  });
});

describe('a.hasMany / a.belongsTo: Shelf and Book', () => {
  test('shelf.books({ limit: 2 }) fills a page and hands out a nextToken for the rest; book.shelf() gets the shelf', async () => {
    const shelf = await ok(client.models.Shelf.create({ name: `${runId}-shelf` }));
    const other = await ok(client.models.Shelf.create({ name: `${runId}-other` }));
    for (const title of ['A', 'B', 'C']) {
      await ok(client.models.Book.create({ title, shelfId: shelf.id }));
    }
    await ok(client.models.Book.create({ title: 'elsewhere', shelfId: other.id }));

    const first = await shelf.books({ limit: 2 });
    const second = await shelf.books({ limit: 2, nextToken: first.nextToken });
    const back = await ok(first.data[0].shelf());

    assert.equal(first.data.length, 2, JSON.stringify(first));
    assert.equal(typeof first.nextToken, 'string');
    assert.deepEqual(sorted([...first.data, ...second.data].map((book) => book.title)), ['A', 'B', 'C']);
    assert.equal(back.name, `${runId}-shelf`);
  });

  test('a book without a shelf has none, and a shelf without books lists none', async () => {
    const loose = await ok(client.models.Book.create({ title: 'Loose' }));
    const empty = await ok(client.models.Shelf.create({ name: `${runId}-empty` }));

    assert.deepEqual(await loose.shelf(), { data: null });
    assert.deepEqual(await ok(empty.books()), []);
    assert.deepEqual(await ok(client.models.Shelf.get({ id: empty.id }, { selectionSet: ['name', 'books.*'] })),
      { name: `${runId}-empty`, books: [] });
  });
});

describe('relationships in real-time deliveries', () => {
  test('onCreate of a comment carries null for a selected belongsTo, and the delivered comment loads its post', async () => {
    const post = await ok(client.models.Post.create({ title: `${runId} live` }));
    const selected = client.models.Comment.onCreate({
      filter: { postId: { eq: post.id } }, selectionSet: ['id', 'content', 'post.title'],
    });
    const plain = client.models.Comment.onCreate({ filter: { postId: { eq: post.id } } });
    const created = new Set(); // both subscriptions provoke: either may deliver the other's comment
    const provoke = async () => {
      const { id } = await ok(client.models.Comment.create({ content: 'live', postId: post.id }));
      created.add(id);
      return id;
    };

    const [withSelection, withLoaders] = await Promise.all([
      untilObserved(selected, { provoke, accepts: () => true }),
      untilObserved(plain, { provoke, accepts: () => true }),
    ]);

    assert.ok(created.has(withSelection.value.id), JSON.stringify(withSelection));
    assert.ok(created.has(withLoaders.value.id), JSON.stringify(withLoaders.value));
    assert.deepEqual(withSelection.value, { id: withSelection.value.id, content: 'live', post: null });
    assert.equal(withLoaders.value.postId, post.id);
    assert.equal((await ok(withLoaders.value.post())).title, `${runId} live`);
  });
});

describe('a.hasOne / a.belongsTo: Reader and LibraryCard', () => {
  test('reader.card() gets the reader\'s card, card.reader() the reader, and a reader without one gets null', async () => {
    const reader = await ok(client.models.Reader.create({ name: `${runId} ada` }));
    const loner = await ok(client.models.Reader.create({ name: `${runId} loner` }));
    const card = await ok(client.models.LibraryCard.create({ number: `${runId}-1`, readerId: reader.id }));

    const loaded = await ok(reader.card());
    const holder = await ok(card.reader());
    const none = await loner.card();

    assert.equal(loaded.id, card.id);
    assert.equal(loaded.number, `${runId}-1`);
    assert.equal(holder.name, `${runId} ada`);
    assert.equal(none.data, null, JSON.stringify(none));
  });

  test('selectionSet card.* and reader.name follow the hasOne and its belongsTo', async () => {
    const reader = await ok(client.models.Reader.create({ name: `${runId} grace` }));
    const card = await ok(client.models.LibraryCard.create({ number: `${runId}-2`, readerId: reader.id }));

    const got = await ok(client.models.Reader.get({ id: reader.id }, { selectionSet: ['name', 'card.*'] }));
    const back = await ok(client.models.LibraryCard.get({ id: card.id }, { selectionSet: ['number', 'reader.name'] }));

    assert.deepEqual(got, { name: `${runId} grace`, card: fields(card) });
    assert.deepEqual(back, { number: `${runId}-2`, reader: { name: `${runId} grace` } });
  });
});

describe('a composite parent: Branch keyed by city + code, Loans referencing both', () => {
  test('branch.loans() lists the loans of that branch only; loan.branch() gets the branch by both references', async () => {
    const city = `${runId}-city`;
    const branch = await ok(client.models.Branch.create({ city, code: 'N' }));
    await ok(client.models.Branch.create({ city, code: 'S' }));
    await ok(client.models.Loan.create({ item: 'north', city, code: 'N' }));
    await ok(client.models.Loan.create({ item: 'atlas', city, code: 'N' }));
    await ok(client.models.Loan.create({ item: 'south', city, code: 'S' }));

    const loans = await ok(branch.loans());
    const back = await ok(loans[0].branch());

    assert.deepEqual(sorted(loans.map((loan) => loan.item)), ['atlas', 'north']);
    assert.deepEqual(fields(back), fields(branch));
  });

  test('get by the key object with selectionSet loans.item and list with branch.code', async () => {
    const city = `${runId}-select`;
    await ok(client.models.Branch.create({ city, code: 'E' }));
    await ok(client.models.Branch.create({ city, code: 'W' }));
    await ok(client.models.Loan.create({ item: 'maps', city, code: 'E' }));
    await ok(client.models.Loan.create({ item: 'globes', city, code: 'W' }));

    const got = await ok(client.models.Branch.get({ city, code: 'E' }, { selectionSet: ['code', 'loans.item'] }));
    const listed = await ok(client.models.Loan.list({
      filter: { city: { eq: city } }, selectionSet: ['item', 'branch.code'],
    }));

    assert.deepEqual(got, { code: 'E', loans: [{ item: 'maps' }] });
    assert.deepEqual(listed.sort((x, y) => x.item.localeCompare(y.item)), [
      { item: 'globes', branch: { code: 'W' } },
      { item: 'maps', branch: { code: 'E' } },
    ]);
  });
});

describe('a child keyed by its reference: Chapter keyed by bookId + number', () => {
  test('book.chapters(), chapter.book() and selection sets both ways', async () => {
    const book = await ok(client.models.Book.create({ title: `${runId} Persuasion` }));
    const other = await ok(client.models.Book.create({ title: `${runId} Emma` }));
    for (const [number, heading] of [[2, 'Bath'], [1, 'Kellynch'], [3, 'Lyme']]) {
      await ok(client.models.Chapter.create({ bookId: book.id, number, heading }));
    }
    const elsewhere = await ok(client.models.Chapter.create({ bookId: other.id, number: 1, heading: 'Highbury' }));

    const loaded = await ok(book.chapters());
    const parent = await ok(elsewhere.book());
    const selected = await ok(client.models.Book.get({ id: book.id }, { selectionSet: ['title', 'chapters.number'] }));
    const back = await ok(client.models.Chapter.get({ bookId: book.id, number: 3 }, { selectionSet: ['heading', 'book.title'] }));

    assert.deepEqual(loaded.map((chapter) => chapter.heading).sort(), ['Bath', 'Kellynch', 'Lyme']);
    assert.equal(parent.title, `${runId} Emma`);
    assert.deepEqual(selected.chapters.map((chapter) => chapter.number).sort(), [1, 2, 3]);
    assert.deepEqual(back, { heading: 'Lyme', book: { title: `${runId} Persuasion` } });
  });
});

describe('a parent keyed by one field other than id: Author keyed by email', () => {
  test('author.articles(), article.author() and selection sets both ways', async () => {
    const email = `${runId}@authors.example`;
    const author = await ok(client.models.Author.create({ email, name: 'Mary' }));
    await ok(client.models.Article.create({ headline: 'Frankenstein', authorEmail: email }));
    const second = await ok(client.models.Article.create({ headline: 'The Last Man', authorEmail: email }));

    const loaded = await ok(author.articles());
    const parent = await ok(second.author());
    const selected = await ok(client.models.Author.get({ email }, { selectionSet: ['name', 'articles.headline'] }));
    const back = await ok(client.models.Article.get({ id: second.id }, { selectionSet: ['headline', 'author.*'] }));

    assert.deepEqual(loaded.map((article) => article.headline).sort(), ['Frankenstein', 'The Last Man']);
    assert.deepEqual(fields(parent), fields(author));
    assert.deepEqual(selected.articles.map((article) => article.headline).sort(), ['Frankenstein', 'The Last Man']);
    assert.deepEqual(back, { headline: 'The Last Man', author: fields(author) });
  });
});

describe('a child under allow.owner() below a public parent: Post and Bookmark', () => {
  /** A post created with the API key, with a bookmark of alice and one of bob created with their user-pool tokens. */
  async function bookmarkedPost(title) {
    const post = await ok(client.models.Post.create({ title: `${runId} ${title}` }));
    signedIn = 'alice';
    const alices = await ok(users.models.Bookmark.create({ note: 'alice\'s', postId: post.id }));
    signedIn = 'bob';
    const bobs = await ok(users.models.Bookmark.create({ note: 'bob\'s', postId: post.id }));
    return { post, alices, bobs };
  }

  test('each user\'s post.bookmarks({ authMode: \'userPool\' }) and selectionSet bookmarks.* hold their own bookmarks only', async () => {
    const { post, alices, bobs } = await bookmarkedPost('marked');

    signedIn = 'alice';
    const alicesLoaded = await ok(post.bookmarks({ authMode: 'userPool' }));
    const alicesSelected = await ok(users.models.Post.get({ id: post.id }, { selectionSet: ['id', 'bookmarks.*'] }));
    signedIn = 'bob';
    const bobsLoaded = await ok(post.bookmarks({ authMode: 'userPool' }));
    const bobsSelected = await ok(users.models.Post.get({ id: post.id }, { selectionSet: ['id', 'bookmarks.*'] }));

    assert.deepEqual(alicesLoaded.map((bookmark) => bookmark.id), [alices.id]);
    assert.deepEqual(alicesSelected.bookmarks.map((bookmark) => [bookmark.note, bookmark.owner]), [['alice\'s', 'alice']]);
    assert.deepEqual(bobsLoaded.map((bookmark) => bookmark.id), [bobs.id]);
    assert.deepEqual(bobsSelected.bookmarks.map((bookmark) => [bookmark.note, bookmark.owner]), [['bob\'s', 'bob']]);
  });

  test('the owner\'s bookmark.post() gets the public post', async () => {
    const { post, alices } = await bookmarkedPost('followed');

    signedIn = 'alice';
    const parent = await ok(alices.post());

    assert.equal(parent.id, post.id);
    assert.equal(parent.title, `${runId} followed`);
  });

  test('with the API key the post loads but its bookmarks are refused: Unauthorized from the loader and on the field', async () => {
    const { post } = await bookmarkedPost('keyed');

    const loaded = await post.bookmarks();
    const selected = await client.models.Post.get({ id: post.id }, { selectionSet: ['title', 'bookmarks.*'] });

    assert.deepEqual(loaded.data, [], JSON.stringify(loaded));
    assert.equal(loaded.errors?.[0]?.errorType, 'Unauthorized', JSON.stringify(loaded));
    assert.deepEqual(selected.data, { title: `${runId} keyed`, bookmarks: null }, JSON.stringify(selected));
    assert.equal(selected.errors?.length, 1, JSON.stringify(selected.errors));
    assert.equal(selected.errors[0].errorType, 'Unauthorized');
    assert.equal(selected.errors[0].message, 'Not Authorized to access bookmarks on type Post');
  });
});
