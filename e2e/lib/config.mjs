// Where the end-to-end tests find the server under test, the project's queries and their output folder.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The running server's root URL, ending in "/" (.ci/e2e starts one and sets KG_URL). */
export const serverUrl = (() => {
  const url = process.env.KG_URL;
  if (!url) {
    throw new Error('KG_URL is not set: start `./kg serve` and set KG_URL to its console URL, or run .ci/e2e');
  }
  return url.endsWith('/') ? url : url + '/';
})();

export const sparqlUrl = serverUrl + 'kg/sparql';

/** Screenshots and other evidence of a run. */
export const outDir = path.resolve(process.env.E2E_OUT ?? path.join(repo, 'target', 'e2e'));
fs.mkdirSync(outDir, { recursive: true });

export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function readQuery(name) {
  return fs.readFileSync(path.join(repo, 'queries', name), 'utf8');
}

/**
 * The address on the server under test of a graph IRI: the server serves every IRI of its base under
 * /id/, whatever host and port the base names (the default base says port 3030, the tests pick a free one).
 */
export function pageUrl(iri) {
  const { pathname } = new URL(iri);
  if (!pathname.startsWith('/id/')) {
    throw new Error(`not an IRI served under /id/: ${iri}`);
  }
  return new URL(pathname, serverUrl).href;
}

/**
 * A GET or POST with curl, a client that shares nothing with Jena: the status, the Content-Type and
 * the body as text. `form` is sent urlencoded (a SPARQL protocol query).
 */
export function curl(url, { accept, form } = {}) {
  const args = ['--silent', '--show-error', '--max-time', '60', '--write-out', '\n%{http_code} %{content_type}'];
  if (accept) {
    args.push('--header', `Accept: ${accept}`);
  }
  for (const [name, value] of Object.entries(form ?? {})) {
    args.push('--data-urlencode', `${name}=${value}`);
  }
  args.push(url);
  const out = execFileSync('curl', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const cut = out.lastIndexOf('\n');
  const [status, contentType = ''] = out.slice(cut + 1).split(' ');
  return { status: Number(status), contentType, body: out.slice(0, cut) };
}

/** The bindings of a SELECT query, as the endpoint's SPARQL JSON results give them. */
export function select(query) {
  const res = curl(sparqlUrl, { accept: 'application/sparql-results+json', form: { query } });
  if (res.status !== 200) {
    throw new Error(`SPARQL query failed with HTTP ${res.status}: ${res.body.slice(0, 500)}`);
  }
  return JSON.parse(res.body).results.bindings;
}
