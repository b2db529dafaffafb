// Assertions on what Amplify's client reports, shared by the tests against Forte and by the tests that prove
// they fail against a server that breaks the protocol.
import assert from 'node:assert/strict';

/**
 * Returns what a rejected client.graphql reports, as plain data: `{ data, errors: [{ name, message }] }`, where
 * `name` is that of the error the client's HTTP layer raised (from x-amzn-ErrorType, e.g. NotFoundException).
 */
export function failureOf(error) {
  return {
    data: error?.data,
    errors: error?.errors?.map((e) => ({ name: e.originalError?.name ?? e.name, message: e.message })),
  };
}

/** The client's own "Unauthorized" (amplify-js maps a 401 whose x-amzn-ErrorType is UnauthorizedException). */
export function assertClientUnauthorized(error) {
  assert.deepEqual(error?.data, {}, JSON.stringify(error));
  assertUnauthorizedErrors(error.errors);
}

/** The same from the models API, which resolves (a list to `{ data: [], errors }`) instead of rejecting. */
export function assertModelsListUnauthorized(result) {
  assert.deepEqual(result?.data, [], JSON.stringify(result));
  assertUnauthorizedErrors(result.errors);
}

function assertUnauthorizedErrors(errors) {
  assert.equal(errors?.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].message, 'Unauthorized');
  assert.equal(errors[0].originalError?.name, 'UnauthorizedException');
  assert.match(errors[0].recoverySuggestion, /make sure to set the "authMode" in generateClient/);
}
