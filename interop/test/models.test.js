// client.models.Todo, configured from amplify_outputs.json, with the API key and with IAM (the function's
// credentials): the documents, variables and result shapes of Amplify's models API against Forte.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { exampleOutputs, functionCredentialsProvider, runId, untilObserved } from './context.js';

Amplify.configure(exampleOutputs(), { Auth: { credentialsProvider: functionCredentialsProvider() } });

for (const authMode of ['apiKey', 'iam']) {
  describe(`client.models.Todo with authMode ${authMode}`, () => {
    const client = generateClient({ authMode });
    const tag = `${runId}-${authMode}`;

    test('create returns the stored todo with its id, timestamps and defaults', async () => {
      const { data, errors } = await client.models.Todo.create({ name: `${tag} create`, priority: 'HIGH' });

      assert.equal(errors, undefined, JSON.stringify(errors));
      assert.match(data.id, /^[0-9a-f-]{36}$/);
      assert.equal(data.name, `${tag} create`);
      assert.equal(data.isDone, false);
      assert.equal(data.priority, 'HIGH');
      assert.equal(data.description, null);
      assert.ok(Date.parse(data.createdAt) > 0 && data.createdAt === data.updatedAt, JSON.stringify(data));
    });

    test('get returns the todo by id, and null for an unknown id', async () => {
      const { data: created } = await client.models.Todo.create({ name: `${tag} get`, description: 'to read' });

      const { data, errors } = await client.models.Todo.get({ id: created.id });
      const missing = await client.models.Todo.get({ id: '00000000-0000-4000-8000-000000000000' });

      assert.equal(errors, undefined, JSON.stringify(errors));
      assert.deepEqual(data, created);
      assert.equal(missing.data, null);
      assert.equal(missing.errors, undefined);
    });

    test('update changes the given fields, keeps the others and moves updatedAt', async () => {
      const { data: created } = await client.models.Todo.create({ name: `${tag} update`, description: 'kept' });

      const { data, errors } = await client.models.Todo.update({ id: created.id, isDone: true });

      assert.equal(errors, undefined, JSON.stringify(errors));
      assert.equal(data.isDone, true);
      assert.equal(data.description, 'kept');
      assert.equal(data.createdAt, created.createdAt);
      assert.ok(data.updatedAt >= created.updatedAt);
      assert.equal((await client.models.Todo.get({ id: created.id })).data.isDone, true);
    });

    test('delete returns the deleted todo, which is then gone', async () => {
      const { data: created } = await client.models.Todo.create({ name: `${tag} delete` });

      const { data, errors } = await client.models.Todo.delete({ id: created.id });

      assert.equal(errors, undefined, JSON.stringify(errors));
      assert.equal(data.id, created.id);
      assert.equal(data.name, `${tag} delete`);
      assert.equal((await client.models.Todo.get({ id: created.id })).data, null);
    });

    test('list pages through a filtered list with limit and nextToken', async () => {
      const prefix = `${tag} page`;
      const created = [];
      for (let i = 0; i < 5; i++) {
        created.push((await client.models.Todo.create({ name: `${prefix} ${i}` })).data.id);
      }

      const seen = [];
      let nextToken = null;
      let pages = 0;
      do {
        const page = await client.models.Todo.list({ filter: { name: { beginsWith: prefix } }, limit: 2, nextToken });
        assert.equal(page.errors, undefined, JSON.stringify(page.errors));
        assert.ok(page.data.length <= 2, `a page of limit 2 held ${page.data.length}`);
        seen.push(...page.data.map((todo) => todo.id));
        nextToken = page.nextToken;
        pages++;
      } while (nextToken && pages < 20);

      assert.equal(nextToken, null, 'the last page has no nextToken');
      assert.ok(pages >= 3, `5 todos in pages of 2 took ${pages} pages`);
      assert.deepEqual([...seen].sort(), [...created].sort());
    });

    test('onCreate delivers a created todo that matches its filter', async () => {
      const name = `${tag} onCreate`;
      const { value, provoked } = await untilObserved(client.models.Todo.onCreate({ filter: { name: { eq: name } } }), {
        provoke: async () => (await client.models.Todo.create({ name, description: 'pushed' })).data.id,
        accepts: () => true,
      });

      assert.ok(provoked.includes(value.id), `${value.id} is one of the created ${provoked}`);
      assert.equal(value.name, name);
      assert.equal(value.description, 'pushed');
      assert.equal(value.isDone, false);
    });

    test('observeQuery lists the matching todos, then adds those created later', async () => {
      const prefix = `${tag} observe`;
      const { data: existing } = await client.models.Todo.create({ name: `${prefix} existing` });
      let listed = null; // the ids of the first synced snapshot, copied: later snapshots reuse its items array

      const { value } = await untilObserved(client.models.Todo.observeQuery({ filter: { name: { beginsWith: prefix } } }), {
        provoke: async () => (await client.models.Todo.create({ name: `${prefix} new` })).data.id,
        accepts: (snapshot, provoked) => {
          if (!listed) {
            listed = snapshot.isSynced ? new Set(snapshot.items.map((todo) => todo.id)) : null;
            return false;
          }
          // After the list, only the subscriptions can bring in a todo the synced list did not have.
          return snapshot.items.some((todo) => provoked.includes(todo.id) && !listed.has(todo.id));
        },
      });

      assert.ok(listed.has(existing.id), 'the first synced snapshot lists what existed');
      assert.ok(value.items.some((todo) => todo.id === existing.id));
      assert.ok(value.items.every((todo) => todo.name.startsWith(prefix)), JSON.stringify(value.items));
    });
  });
}
