// The interop suite's entry point (`npm --prefix interop test`): starts an OpenID provider and Forte sandboxes on
// throw-away data directories, prepares what Amplify's client needs (outputs, the function's environment, generated
// statements, tokens), runs every test/*.test.js with node's test runner against them, then stops the sandboxes and
// the provider. Exits with the test runner's status. `node test/run.js catalog.test.js …` runs only the files named.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { startOidcIssuer } from './oidc-issuer.js';
import { forte, repoRoot, startSandbox, startServe } from './sandbox.js';
import { issueServerCertificate } from './tls-ca.js';

const interop = path.join(repoRoot, 'interop');
const started = Date.now();
const work = await mkdtemp(path.join(os.tmpdir(), 'forte-interop-'));
const sandboxes = [];
let provider;
let status = 1;
try {
  if (!process.env.FORTE_COMMAND) {
    await forte(['--version'], { inheritStderr: true }); // ./forte builds Forte first when it finds it stale
  }
  provider = await startOidcIssuer(); // before the sandbox that trusts it
  await mkdir(path.join(work, 'tls'));
  const tls = await issueServerCertificate(path.join(work, 'tls'));
  const [[main, rules, oidc, node], functionDirectory] = await Promise.all([
    startAll([
      ['example', ['--project', repoRoot]],
      ['rules', ['--backend-file', path.join(interop, 'backend', 'RulesBackend.java')]],
      ['oidc', ['--backend-file', path.join(interop, 'backend', 'OidcBackend.java')],
        { FORTE_INTEROP_OIDC_ISSUER: provider.issuer }],
      // One production node over TLS with the test CA's certificate (start it once: it costs a JVM and a database).
      ['serve', ['--project', repoRoot, '--embedded-db', '--host', '127.0.0.1', '--tls-cert', tls.certificate,
        '--tls-key', tls.key], {}, startServe],
    ]),
    prepareFunction(path.join(work, 'function')),
  ]);
  for (const sandbox of [main, rules, oidc]) {
    if (!sandbox.caCertificate) {
      throw new Error(`The ${sandbox.name} sandbox printed no "CA certificate: <path>" line; wss:// needs it:\n${sandbox.log()}`);
    }
  }
  console.log(`interop: sandboxes serving after ${seconds(started)} s (${[main, rules, oidc, node].map((sandbox) => sandbox.endpoint).join(', ')})`);

  const nodeOutputs = path.join(node.dataDir, 'outputs');
  const [functionEnvironment, alice, bob, carol] = await Promise.all([
    forte(['function', 'env', 'data-access', '--data-dir', main.dataDir]),
    forte(['auth', 'token', '--user', 'alice', '--data-dir', rules.dataDir]),
    forte(['auth', 'token', '--user', 'bob', '--data-dir', rules.dataDir]),
    forte(['auth', 'token', '--user', 'carol', '--groups', 'Admin', '--data-dir', rules.dataDir]),
    forte(['generate', 'outputs', '--project', repoRoot, '--data-dir', node.dataDir, '--out-dir', nodeOutputs]),
  ]);
  const state = {
    example: { ...describe(main), functionEnvironment: JSON.parse(functionEnvironment), functionDirectory },
    rules: { ...describe(rules), tokens: { alice: alice.trim(), bob: bob.trim(), carol: carol.trim() } },
    oidc: { ...describe(oidc), issuer: provider.issuer, tokens: oidcTokens(provider),
      announced: oidc.log().split('\n').filter((line) => line.startsWith('OIDC tokens:')) },
    serve: { ...describe(node), outputs: path.join(nodeOutputs, 'amplify_outputs.json'),
      announced: node.log().split('\n').filter((line) => /^(Listening on|Realtime endpoint:)/.test(line)) },
  };
  const stateFile = path.join(work, 'state.json');
  await writeFile(stateFile, JSON.stringify(state, null, 2));
  // Each data directory has its own CA, the serve node's certificate the test CA; NODE_EXTRA_CA_CERTS takes one file.
  const trusted = path.join(work, 'sandbox-cas.pem');
  const authorities = [...[main, rules, oidc].map((sandbox) => sandbox.caCertificate), tls.ca];
  await writeFile(trusted, (await Promise.all(authorities.map((file) => readFile(file, 'utf8')))).join('\n'));
  status = await runTests(stateFile, trusted);
} catch (e) {
  console.error(`interop: ${e.stack ?? e}`);
} finally {
  for (const sandbox of sandboxes) {
    const code = await sandbox.stop();
    if (status !== 0 || (code !== 0 && code !== null)) {
      console.error(`interop: ${sandbox.name} sandbox (exit ${code}) printed:\n${sandbox.log()}`);
    }
  }
  await provider?.close();
  await rm(work, { recursive: true, force: true });
  console.log(`interop: finished in ${seconds(started)} s`);
}
process.exit(status);

/**
 * Starts the sandboxes (and the serve node) side by side; all of them, or none: the started ones are stopped when
 * one fails.
 */
async function startAll(specs) {
  const results = await Promise.allSettled(specs.map(([name, args, environment = {}, start = startSandbox]) =>
    start(name, path.join(work, name), args, environment)));
  results.filter((result) => result.status === 'fulfilled').forEach((result) => sandboxes.push(result.value));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) {
    throw failed.reason;
  }
  return results.map((result) => result.value);
}

function describe(sandbox) {
  return {
    endpoint: sandbox.endpoint, apiKey: sandbox.apiKey, caCertificate: sandbox.caCertificate, outputs: sandbox.outputs,
    identityPoolEndpoint: sandbox.identityPoolEndpoint, userPoolEndpoint: sandbox.userPoolEndpoint,
    logFile: sandbox.logFile, dataDir: sandbox.dataDir,
  };
}

/**
 * Tokens of the OpenID provider, by who holds them: users with Keycloak-like random subjects for the client id
 * OidcBackend.java accepts (its CLIENT_ID), one of them in Admin by the groups claim, and the owner's token for
 * another application.
 */
function oidcTokens(provider) {
  const audience = 'forte-interop';
  const owner = randomUUID();
  return {
    owner: provider.token(owner, { audience }),
    other: provider.token(randomUUID(), { audience }),
    admin: provider.token(randomUUID(), { groups: ['Admin'], audience }),
    otherApplication: provider.token(owner, { audience: 'another-app' }),
  };
}

/**
 * Copies the function next to its packages and writes its graphql/ statements with
 * `forte generate graphql-client-code --statement-target javascript` for the example backend.
 */
async function prepareFunction(directory) {
  await cp(path.join(interop, 'function'), directory, { recursive: true });
  await symlink(path.join(interop, 'node_modules'), path.join(directory, 'node_modules'), 'dir');
  await forte(['generate', 'graphql-client-code', '--project', repoRoot, '--statement-target', 'javascript',
    '--out', path.join(directory, 'graphql')]);
  return directory;
}

/**
 * Runs node's test runner over test/*.test.js. NODE_EXTRA_CA_CERTS must be set before node starts, so the tests
 * run in child processes that trust the sandbox's CA from their first line.
 */
async function runTests(stateFile, caCertificates) {
  const env = { ...process.env, FORTE_INTEROP_STATE: stateFile, NODE_EXTRA_CA_CERTS: caCertificates };
  // Named one by one: node 20 would take every .js file under test/ for a test file.
  const all = (await readdir(path.join(interop, 'test'))).filter((name) => name.endsWith('.test.js')).sort();
  const chosen = process.argv.slice(2).map((name) => path.basename(name));
  const unknown = chosen.filter((name) => !all.includes(name));
  if (unknown.length > 0) {
    throw new Error(`No test file ${unknown.join(', ')} in test/; there are ${all.join(', ')}`);
  }
  const files = chosen.length > 0 ? chosen : all;
  // The files' tests are independent (each marks its todos with its own run id), so their processes overlap.
  const child = spawn(process.execPath, ['--test', '--test-concurrency=4', '--test-timeout=90000',
    ...files.map((name) => path.join('test', name))], { cwd: interop, env, stdio: 'inherit' });
  const [code] = await once(child, 'close');
  return code;
}

function seconds(since) {
  return ((Date.now() - since) / 1000).toFixed(1);
}
