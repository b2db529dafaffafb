// Sign-in with aws-amplify's Auth category, unmodified, against the rules sandbox's local user pool, whose users
// sign in with their email (defineAuth()'s default, Amplify's `loginWith: { email: true }`): the app is
// configured from amplify_outputs.json plus the extra step, Auth.Cognito.userPoolEndpoint and identityPoolEndpoint
// (the sandbox's `User pool endpoint:` and `Identity pool endpoint:` lines). signUp → the code the sandbox prints →
// confirmSignUp → signIn (SRP, aws-amplify's default) → fetchAuthSession (tokens, and identity-pool credentials for
// the id token) → a userPool-mode client writes and lists an owner-ruled Diary → `forte auth add-to-group` makes
// the user an Admin after a refresh → signOut.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import {
  confirmResetPassword, confirmSignUp, fetchAuthSession, fetchUserAttributes, getCurrentUser, resendSignUpCode,
  resetPassword, signIn, signOut, signUp, updatePassword,
} from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { generateClient } from 'aws-amplify/data';
import { parseAmplifyConfig } from '@aws-amplify/core/internals/utils';
import { rejectionOf, runId, state } from './context.js';
import { forte } from './sandbox.js';

const outputs = JSON.parse(readFileSync(state.rules.outputs, 'utf8'));
const config = parseAmplifyConfig(outputs);
config.Auth.Cognito.userPoolEndpoint = state.rules.userPoolEndpoint;
config.Auth.Cognito.identityPoolEndpoint = state.rules.identityPoolEndpoint;
Amplify.configure(config);
const client = generateClient({ authMode: 'userPool' });
const password = 'Correct-Horse-9';

/**
 * Waits until the sandbox has printed `<kind> for <username>: NNNNNN` `count` times and returns the last code.
 */
async function printedCode(username, { kind = 'Confirmation code', count = 1, timeoutMs = 30_000 } = {}) {
  const line = new RegExp(`^${kind} for ${username.replace(/[.+]/g, '\\$&')}: (\\d{6})$`, 'gm');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = [...readFileSync(state.rules.logFile, 'utf8').matchAll(line)];
    if (found.length >= count) {
      return found[found.length - 1][1];
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The rules sandbox printed no ${count}. ${kind} for ${username} within ${timeoutMs / 1000} s`);
}

describe('aws-amplify Auth against the local user pool', () => {
  test('amplify_outputs.json describes the user pool as Amplify writes it', () => {
    assert.match(outputs.auth.user_pool_id, /^us-east-1_\w+$/);
    assert.equal(outputs.auth.aws_region, 'us-east-1');
    assert.equal(outputs.auth.user_pool_client_id, 'forte-local-client');
    assert.equal(outputs.auth.password_policy.min_length, 8);
    assert.deepEqual(outputs.auth.username_attributes, ['email']);
    assert.deepEqual(outputs.auth.standard_required_attributes, ['email']);
    assert.deepEqual(outputs.auth.user_verification_types, ['email']);
    assert.match(state.rules.userPoolEndpoint, /^http:\/\/127\.0\.0\.1:\d+\/cognito-idp\/$/);
  });

  test('signUp with an email, confirmSignUp with the printed code, signIn with SRP, then owner-ruled models and signOut', async () => {
    const username = `amplify-${runId}@example.com`;
    const signedUp = await signUp({ username, password, options: { userAttributes: { email: username } } });
    assert.equal(signedUp.isSignUpComplete, false);
    assert.equal(signedUp.nextStep.signUpStep, 'CONFIRM_SIGN_UP');
    assert.equal(signedUp.nextStep.codeDeliveryDetails.deliveryMedium, 'EMAIL');

    const wrongCode = await rejectionOf(confirmSignUp({ username, confirmationCode: '12345x' }));
    assert.equal(wrongCode.name, 'CodeMismatchException');
    const confirmed = await confirmSignUp({ username, confirmationCode: await printedCode(username) });
    assert.equal(confirmed.isSignUpComplete, true);

    const signedIn = await signIn({ username, password });
    assert.deepEqual(signedIn, { isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const session = await fetchAuthSession();
    // the pool generated the internal username (the user's sub); the email is what the user signs in with
    assert.equal(session.tokens.accessToken.payload.username, signedUp.userId);
    assert.equal(session.tokens.idToken.payload['cognito:username'], signedUp.userId);
    assert.equal(session.tokens.idToken.payload.email, username);
    assert.equal(session.tokens.idToken.payload.email_verified, true);
    assert.equal(session.userSub, signedUp.userId);
    assert.match(session.identityId, /^us-east-1:[0-9a-f-]{36}$/); // the identity pool takes the user's id token
    assert.match(session.credentials.accessKeyId, /^ASIA/);
    assert.deepEqual(await getCurrentUser(), { username: signedUp.userId, userId: signedUp.userId, signInDetails: { loginId: username, authFlowType: 'USER_SRP_AUTH' } });
    assert.equal((await fetchUserAttributes()).email, username);
    const refreshed = await fetchAuthSession({ forceRefresh: true });
    assert.notEqual(refreshed.tokens.accessToken.toString(), session.tokens.accessToken.toString());

    const { data: created, errors } = await client.models.Diary.create({ entry: `${runId} signed in with Auth` });
    assert.equal(errors, undefined, JSON.stringify(errors));
    assert.equal(created.owner, signedUp.userId);
    const { data: listed } = await client.models.Diary.list({ filter: { entry: { beginsWith: runId } } });
    assert.deepEqual(listed.map((entry) => entry.id), [created.id]);

    const refused = await client.mutations.adminTask({ task: 'rotate keys' });
    assert.equal(refused.errors?.[0]?.errorType, 'Unauthorized', JSON.stringify(refused));
    await forte(['auth', 'add-to-group', '--user', username, '--group', 'Admin', '--data-dir', state.rules.dataDir]);
    const admin = await fetchAuthSession({ forceRefresh: true });
    assert.deepEqual(admin.tokens.accessToken.payload['cognito:groups'], ['Admin']);
    const ran = await client.mutations.adminTask({ task: 'rotate keys' });
    assert.equal(ran.data, 'done: rotate keys', JSON.stringify(ran.errors));

    const { refreshToken } = await cognitoUserPoolsTokenProvider.authTokenStore.loadTokens();
    await signOut(); // revokes the refresh token: the access token carries origin_jti
    const revoked = await fetch(state.rules.userPoolEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.GetTokensFromRefreshToken' },
      body: JSON.stringify({ ClientId: outputs.auth.user_pool_client_id, RefreshToken: refreshToken }),
    });
    assert.equal(revoked.status, 400);
    assert.deepEqual(await revoked.json(), { __type: 'NotAuthorizedException', message: 'Invalid Refresh Token' });
    assert.equal((await fetchAuthSession()).tokens, undefined);
    const wrongPassword = await rejectionOf(signIn({ username, password: 'Wrong-Horse-9' }));
    assert.equal(wrongPassword.name, 'NotAuthorizedException');
    assert.equal(wrongPassword.message, 'Incorrect username or password.');
  });

  test('resendSignUpCode, USER_PASSWORD_AUTH, updatePassword, global signOut, resetPassword', async () => {
    const username = `account-${runId}@example.com`;
    await signUp({ username, password }); // no email attribute: the pool takes the username
    const resent = await resendSignUpCode({ username });
    assert.equal(resent.deliveryMedium, 'EMAIL');
    await confirmSignUp({ username, confirmationCode: await printedCode(username, { count: 2 }) });

    const signedIn = await signIn({ username, password, options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    assert.equal(signedIn.isSignedIn, true);
    await updatePassword({ oldPassword: password, newPassword: 'Second-Horse-9' });
    await signOut({ global: true });
    const reset = await resetPassword({ username });
    assert.equal(reset.nextStep.resetPasswordStep, 'CONFIRM_RESET_PASSWORD_WITH_CODE');
    await confirmResetPassword({ username, newPassword: 'Third-Horse-9',
      confirmationCode: await printedCode(username, { kind: 'Password reset code' }) });

    assert.equal((await rejectionOf(signIn({ username, password: 'Second-Horse-9' }))).name, 'NotAuthorizedException');
    assert.equal((await signIn({ username, password: 'Third-Horse-9' })).isSignedIn, true);
    await signOut();
  });

  test('a taken email is UsernameExistsException; a weak password InvalidPasswordException; a non-email username InvalidParameterException', async () => {
    const username = `taken-${runId}@example.com`;
    await signUp({ username, password });
    const taken = await rejectionOf(signUp({ username, password }));
    assert.equal(taken.name, 'UsernameExistsException');
    assert.equal(taken.message, 'An account with the given email already exists.');
    const weak = await rejectionOf(signUp({ username: `weak-${runId}@example.com`, password: 'password' }));
    assert.equal(weak.name, 'InvalidPasswordException');
    const notEmail = await rejectionOf(signUp({ username: `plain-${runId}`, password }));
    assert.equal(notEmail.name, 'InvalidParameterException');
    assert.equal(notEmail.message, 'Username should be an email.');
  });
});
