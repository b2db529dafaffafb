// An OpenID provider for the suite, served over plain HTTP on 127.0.0.1 and laid out like Keycloak: the discovery
// document at <issuer>/.well-known/openid-configuration names the JWKS at <issuer>/protocol/openid-connect/certs,
// which holds one RSA key; tokens are RS256 JWTs signed with it. Built on node's own http and crypto.
import { createServer } from 'node:http';
import { once } from 'node:events';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';

const REALM = '/realms/interop';
const CERTS = `${REALM}/protocol/openid-connect/certs`;
const TOKEN_LIFETIME_SECONDS = 3600;

/**
 * Starts the provider on a free port and resolves to { issuer, token(subject, { groups, audience }), close() }.
 * Tokens carry iss, sub, aud, groups, iat and exp, and no username claim, as Keycloak's access tokens.
 */
export async function startOidcIssuer() {
  const kid = randomUUID();
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwks = { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] };
  let issuer;
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    if (request.method === 'GET' && path === `${REALM}/.well-known/openid-configuration`) {
      json(response, 200, { issuer, jwks_uri: `${new URL(issuer).origin}${CERTS}` });
    } else if (request.method === 'GET' && path === CERTS) {
      json(response, 200, jwks);
    } else {
      json(response, 404, { error: `${request.method} ${path} is not served by this provider` });
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  issuer = `http://127.0.0.1:${server.address().port}${REALM}`;
  return {
    issuer,
    token(subject, { groups = [], audience }) {
      const now = Math.floor(Date.now() / 1000);
      const claims = { iss: issuer, sub: subject, aud: audience, groups, iat: now, exp: now + TOKEN_LIFETIME_SECONDS };
      const signingInput = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(claims)}`;
      return `${signingInput}.${sign('sha256', Buffer.from(signingInput), privateKey).toString('base64url')}`;
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

function encode(value) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function json(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
