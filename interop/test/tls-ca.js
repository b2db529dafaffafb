// A throw-away certificate authority for the suite's `forte serve` node, made with the openssl command line: a CA
// certificate (what the tests trust through NODE_EXTRA_CA_CERTS) and a server certificate it signed for 127.0.0.1
// and localhost, with an unencrypted PKCS#8 key, as an operator gets them from their own CA or Let's Encrypt.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Writes ca.pem, server.pem and server-key.pem into `directory` and returns their paths. */
export async function issueServerCertificate(directory) {
  const file = (name) => path.join(directory, name);
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await openssl(['req', '-x509', ...ecKey, '-keyout', file('ca-key.pem'), '-out', file('ca.pem'), '-days', '2',
    '-subj', '/CN=Forte interop test CA']);
  await openssl(['req', ...ecKey, '-keyout', file('server-key.pem'), '-out', file('server.csr'),
    '-subj', '/CN=127.0.0.1']);
  // The first name is the one `forte serve` announces its endpoints under; an IP address needs no resolver.
  await writeFile(file('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n'
    + 'keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n');
  await openssl(['x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca-key.pem'),
    '-CAcreateserial', '-out', file('server.pem'), '-days', '2', '-extfile', file('server.ext')]);
  return { ca: file('ca.pem'), certificate: file('server.pem'), key: file('server-key.pem') };
}

async function openssl(args) {
  try {
    await run('openssl', args);
  } catch (e) {
    throw new Error(`openssl ${args.join(' ')} failed (the interop suite needs the openssl command): ${e.stderr ?? e.message}`);
  }
}
