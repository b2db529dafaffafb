// OpenID Connect (OPENID_CONNECT) with Amplify's own client: client.models.Note of the oidc sandbox
// (interop/backend/OidcBackend.java), configured from its amplify_outputs.json with authMode 'oidc', signed in
// through a token provider handing out the suite's OpenID provider's tokens (test/oidc-issuer.js: RS256, keys found
// through discovery, no username claim, groups in `groups`), as an app signed in to Keycloak would hand them out.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { jwt, runId, state, untilObserved } from './context.js';
import { assertModelsListUnauthorized } from './expectations.js';

const outputs = JSON.parse(readFileSync(state.oidc.outputs, 'utf8'));
const tokens = state.oidc.tokens;
let signedIn = 'owner';
Amplify.configure(outputs, {
  Auth: { tokenProvider: { getTokens: async () => ({ accessToken: jwt(tokens[signedIn]) }) } },
});
const client = generateClient({ authMode: 'oidc' });

describe('client.models.Note with oidc owner and group rules', () => {
  test('amplify_outputs.json offers the oidc mode as the default', () => {
    assert.equal(outputs.data.default_authorization_type, 'OPENID_CONNECT', JSON.stringify(outputs.data));
  });

  test('the sandbox says which provider\'s tokens it takes', () => {
    assert.deepEqual(state.oidc.announced, ['OIDC tokens: send `Authorization: TOKEN` from Interop, issuer '
      + `${state.oidc.issuer} (keys from its /.well-known/openid-configuration)`]);
  });

  test('the owner reads its note back; another user neither gets nor lists it; an Admin by groups reads it', async () => {
    signedIn = 'owner';
    const { data: created, errors } = await client.models.Note.create({ text: `${runId} owner's` });
    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.equal(created.owner, jwt(tokens.owner).payload.sub);
    assert.deepEqual((await client.models.Note.get({ id: created.id })).data, created);

    signedIn = 'other';
    const othersGet = await client.models.Note.get({ id: created.id });
    const othersList = await client.models.Note.list({ filter: { text: { beginsWith: runId } } });
    signedIn = 'admin';
    const adminsGet = await client.models.Note.get({ id: created.id });
    const adminsList = await client.models.Note.list({ filter: { text: { beginsWith: runId } } });

    assert.equal(othersGet.data, null);
    assert.equal(othersGet.errors?.[0]?.errorType, 'Unauthorized', JSON.stringify(othersGet.errors));
    assert.deepEqual(othersList.data, [], JSON.stringify(othersList));
    assert.deepEqual(adminsGet.data, created, JSON.stringify(adminsGet));
    assert.ok(adminsList.data.some((note) => note.id === created.id), JSON.stringify(adminsList));
  });

  test('a token issued for another application is the client\'s Unauthorized', async () => {
    signedIn = 'otherApplication';
    try {
      assertModelsListUnauthorized(await client.models.Note.list());
    } finally {
      signedIn = 'owner';
    }
  });

  test('onCreate delivers the subscriber\'s own notes only', async () => {
    signedIn = 'owner';
    const subscription = client.models.Note.onCreate({ filter: { text: { beginsWith: runId } } });

    const { value, provoked } = await untilObserved(subscription, {
      provoke: async () => {
        await createAsOther(`${runId} another user's, not for the owner`); // no switch of user under the subscription
        return (await client.models.Note.create({ text: `${runId} owner's own` })).data.id;
      },
      accepts: () => true,
    });

    assert.ok(provoked.includes(value.id), JSON.stringify(value));
    assert.equal(value.owner, jwt(tokens.owner).payload.sub);
  });
});

/** Creates a note as the other user over plain HTTP, sending the token as Amplify's oidc mode does. */
async function createAsOther(text) {
  const response = await fetch(state.oidc.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: tokens.other },
    body: JSON.stringify({
      query: 'mutation ($input: CreateNoteInput!) { createNote(input: $input) { id owner } }',
      variables: { input: { text } },
    }),
  });
  const body = await response.json();
  assert.equal(body.data?.createNote?.owner, jwt(tokens.other).payload.sub, JSON.stringify(body));
}
