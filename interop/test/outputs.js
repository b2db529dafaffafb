// The amplify_outputs.json the client is configured from.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'amplify_outputs.example.json');

/** Returns the path of the outputs for `sandbox`, written into `directory`. */
export async function amplifyOutputs(sandbox, directory) {
  await mkdir(directory, { recursive: true });
  const outputs = JSON.parse(await readFile(fixture, 'utf8'));
  outputs.data.url = sandbox.endpoint;
  outputs.data.api_key = sandbox.apiKey;
  const file = path.join(directory, 'amplify_outputs.json');
  await writeFile(file, JSON.stringify(outputs, null, 2));
  return file;
}
