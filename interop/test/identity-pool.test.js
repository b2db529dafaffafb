// Guests and signed-in users of the identity pool: aws-amplify's own credentials provider gets an identity and
// credentials from the rules sandbox's identity pool (GetId, GetCredentialsForIdentity at the endpoint the sandbox
// prints) and `generateClient({ authMode: 'identityPool' })` signs with them, on client.models.Bulletin
// (allow.guest().to(['read']), allow.publicApiKey(), allow.authenticated('identityPool')).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import { fetchAuthSession } from 'aws-amplify/auth';
import { cognitoCredentialsProvider } from 'aws-amplify/auth/cognito';
import { generateClient } from 'aws-amplify/data';
import { parseAmplifyConfig } from '@aws-amplify/core/internals/utils';
import { jwt, runId, state, untilObserved } from './context.js';

const outputs = JSON.parse(readFileSync(state.rules.outputs, 'utf8'));
const config = parseAmplifyConfig(outputs);
config.Auth.Cognito.identityPoolEndpoint = state.rules.identityPoolEndpoint;
Amplify.configure(config);
const guest = generateClient({ authMode: 'identityPool' });
const withKey = generateClient({ authMode: 'apiKey' });

describe('amplify_outputs.json of a backend with defineAuth()', () => {
  test('names the identity pool and allows guests, as Amplify Gen 2 does by default', () => {
    assert.match(outputs.auth.identity_pool_id, /^[a-z]{2}-[a-z]+-\d:[0-9a-f-]{36}$/);
    assert.equal(outputs.auth.unauthenticated_identities_enabled, true);
    assert.match(state.rules.identityPoolEndpoint, /^https?:\/\/.+\/cognito-identity\/$/);
  });
});

describe('a guest with generateClient({ authMode: \'identityPool\' })', () => {
  test('gets an identity and credentials from the identity pool', async () => {
    const session = await fetchAuthSession();

    assert.match(session.identityId, /^[a-z]{2}-[a-z]+-\d:[0-9a-f-]{36}$/);
    assert.match(session.credentials.accessKeyId, /^ASIA[A-Z2-7]{16}$/);
    assert.ok(session.credentials.expiration > new Date(), String(session.credentials.expiration));
  });

  test('lists and gets bulletins under allow.guest().to([\'read\'])', async () => {
    const { data: posted, errors } = await withKey.models.Bulletin.create({ text: `${runId} open on Sunday` });
    assert.equal(errors, undefined, JSON.stringify(errors));

    const got = await guest.models.Bulletin.get({ id: posted.id });
    const listed = await guest.models.Bulletin.list({ filter: { text: { beginsWith: runId } } });

    assert.equal(got.errors, undefined, JSON.stringify(got.errors));
    assert.equal(got.data.text, `${runId} open on Sunday`);
    assert.deepEqual(listed.data.map((bulletin) => bulletin.id), [posted.id], JSON.stringify(listed));
  });

  test('is refused a create with AppSync\'s Unauthorized, and nothing is written', async () => {
    const { data, errors } = await guest.models.Bulletin.create({ text: `${runId} guest was here` });

    assert.equal(data, null);
    assert.equal(errors?.[0]?.errorType, 'Unauthorized', JSON.stringify(errors));
    assert.equal(errors[0].message, 'Not Authorized to access createBulletin on type Mutation');
    const listed = await withKey.models.Bulletin.list({ filter: { text: { eq: `${runId} guest was here` } } });
    assert.deepEqual(listed.data, []);
  });

  test('onCreate over wss:// delivers a bulletin to a guest', async () => {
    const subscription = guest.models.Bulletin.onCreate({ filter: { text: { beginsWith: `${runId} live` } } });

    const { value, provoked } = await untilObserved(subscription, {
      provoke: async () => (await withKey.models.Bulletin.create({ text: `${runId} live` })).data.id,
      accepts: () => true,
    });

    assert.ok(provoked.includes(value.id), `${value.id} not among ${provoked}`);
    assert.equal(value.text, `${runId} live`);
  });
});

describe('a user signed in with the user pool, with generateClient({ authMode: \'identityPool\' })', () => {
  test('gets authenticated credentials for its token (Logins) and may create what a guest may not', async () => {
    const token = state.rules.tokens.alice;
    Amplify.configure(config, {
      Auth: {
        tokenProvider: { getTokens: async () => ({ accessToken: jwt(token), idToken: jwt(token) }) },
        credentialsProvider: cognitoCredentialsProvider,
      },
    });
    const session = await fetchAuthSession({ forceRefresh: true });
    const user = generateClient({ authMode: 'identityPool' });

    const { data, errors } = await user.models.Bulletin.create({ text: `${runId} from alice` });

    assert.match(session.identityId, /^[a-z]{2}-[a-z]+-\d:[0-9a-f-]{36}$/);
    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.equal(data.text, `${runId} from alice`);
  });
});
