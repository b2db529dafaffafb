// Owner rules with user-pool sign-in: client.models.Diary of the rules sandbox, configured from its
// amplify_outputs.json, signed in through a token provider that hands out tokens of the sandbox's local user pool
// (`forte auth token --user alice|bob`), as Amplify's Auth would hand out Cognito's.
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
const client = generateClient({ authMode: 'userPool' });

describe('client.models.Diary with allow.owner()', () => {
  test('the creator owns the entry and reads it back; another user neither gets nor lists it', async () => {
    signedIn = 'alice';
    const { data: created, errors } = await client.models.Diary.create({ entry: `${runId} alice's` });
    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.equal(created.owner, 'alice');
    assert.deepEqual((await client.models.Diary.get({ id: created.id })).data, created);

    signedIn = 'bob';
    const bobsGet = await client.models.Diary.get({ id: created.id });
    const bobsList = await client.models.Diary.list({ filter: { entry: { beginsWith: runId } } });

    assert.equal(bobsGet.data, null);
    assert.equal(bobsGet.errors?.[0]?.errorType, 'Unauthorized', JSON.stringify(bobsGet.errors));
    assert.deepEqual(bobsList.data, [], JSON.stringify(bobsList));
  });

  test('another user\'s update is AppSync\'s Unauthorized error and changes nothing', async () => {
    signedIn = 'alice';
    const { data: created } = await client.models.Diary.create({ entry: `${runId} kept` });

    signedIn = 'bob';
    const { data, errors } = await client.models.Diary.update({ id: created.id, entry: `${runId} overwritten` });

    assert.equal(data, null);
    assert.equal(errors?.length, 1, JSON.stringify(errors));
    assert.equal(errors[0].errorType, 'Unauthorized');
    assert.equal(errors[0].message, 'Not Authorized to access updateDiary on type Mutation');
    signedIn = 'alice';
    assert.equal((await client.models.Diary.get({ id: created.id })).data.entry, `${runId} kept`);
  });

  test('onCreate delivers the subscriber\'s own entries only', async () => {
    signedIn = 'alice';
    const subscription = client.models.Diary.onCreate({ filter: { entry: { beginsWith: runId } } });

    const { value, provoked } = await untilObserved(subscription, {
      provoke: async () => {
        await createAsBob(`${runId} bob's, not for alice`); // the subscription stays alice's: no switch of user
        return (await client.models.Diary.create({ entry: `${runId} alice's own` })).data.id;
      },
      accepts: () => true,
    });

    assert.ok(provoked.includes(value.id), JSON.stringify(value));
    assert.equal(value.owner, 'alice');
  });
});

/** Creates a diary entry as bob over plain HTTP, sending his token as Amplify's userPool mode does. */
async function createAsBob(entry) {
  const response = await fetch(state.rules.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: state.rules.tokens.bob },
    body: JSON.stringify({
      query: 'mutation ($input: CreateDiaryInput!) { createDiary(input: $input) { id owner } }',
      variables: { input: { entry } },
    }),
  });
  const body = await response.json();
  assert.equal(body.data?.createDiary?.owner, 'bob', JSON.stringify(body));
}
