// Wrote srp-vector.json once, from interop/: node ../forte-server/src/test/resources/userpool/srp-vector.mjs > ...;
// aws-amplify's own SRP client code computes the verifier, B, password key and claim signature SrpTest expects.
import path from 'node:path';
const base = path.resolve('node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp');
const { default: AuthenticationHelper } = await import(`${base}/AuthenticationHelper/AuthenticationHelper.mjs`);
const { default: BigInteger } = await import(`${base}/BigInteger/BigInteger.mjs`);
const { INIT_N } = await import(`${base}/constants.mjs`);
const { getPaddedHex } = await import(`${base}/getPaddedHex.mjs`);
const { getHashFromHex } = await import(`${base}/getHashFromHex.mjs`);
const { getHashFromData } = await import(`${base}/getHashFromData.mjs`);
const { getSignatureString } = await import(`${base}/getSignatureString.mjs`);
const { getHexFromBytes } = await import(`${base}/getHexFromBytes.mjs`);
const modPow = (x, e, m) => new Promise((res, rej) => x.modPow(e, m, (err, r) => err ? rej(err) : res(r)));
const N = new BigInteger(INIT_N, 16);
const g = new BigInteger('2', 16);
const poolName = 'a1B2c3D4e';
const userId = 'alice';
const password = 'Correct-Horse-9';
const saltHex = '9a3c1f0e27d4b5a6c7d8e9f001122334';
const aHex = 'c0ffee'.repeat(40) + '0123456789abcdef';
const bHex = '5eed'.repeat(60) + 'fedcba9876543210';
const a = new BigInteger(aHex, 16);
const A = await modPow(g, a, N);
const helper = new AuthenticationHelper({ userPoolName: poolName, a, g, A, N });
const salt = new BigInteger(saltHex, 16);
const x = new BigInteger(getHashFromHex(getPaddedHex(salt) + getHashFromData(`${poolName}${userId}:${password}`)), 16);
const v = await modPow(g, x, N);
const b = new BigInteger(bHex, 16);
const B = helper.k.multiply(v).add(await modPow(g, b, N)).mod(N);
const hkdf = await helper.getPasswordAuthenticationKey({ username: userId, password, serverBValue: B, salt });
const secretBlock = Buffer.from('forte-test-secret-block-0123456789').toString('base64');
const timestamp = 'Thu Nov 26 9:05:07 UTC 2026'.replace('9:05', '09:05');
const signature = getSignatureString({ userPoolName: poolName, username: userId,
  challengeParameters: { SECRET_BLOCK: secretBlock }, dateNow: timestamp, hkdf });
console.log(JSON.stringify({
  generatedBy: 'aws-amplify 6.22.1 AuthenticationHelper, getSignatureString (interop/node_modules), once',
  poolName, userId, password, salt: saltHex, a: aHex, b: bHex,
  A: A.toString(16), verifier: v.toString(16), B: B.toString(16), k: helper.k.toString(16),
  passwordKey: getHexFromBytes(hkdf), secretBlock, timestamp, signature,
}, null, 2));
