/**
 * Python upstreams kept in module-level dictionaries and built by a module helper, read by the
 * service's other modules (python-module-values.ts), as Istio's Bookinfo productpage does:
 * `upstreams.details["name"] + "/" + …` handed to a local `_get(url)` wrapper of requests.
 * Scanned for real: the deployment sets one host; the others run on their defaults.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPaths } from '../../scan.js';
import { readSnippet, code } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

const workload = (name: string, env: Record<string, string> = {}): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ${name} }\nspec:\n  template:\n    metadata: { labels: { app: ${name} } }\n    spec:\n      containers:\n        - name: ${name}\n          image: acme/${name}:1\n          env: [${Object.entries(env).map(([key, value]) => `{ name: ${key}, value: "${value}" }`).join(', ')}]\n`;
const DEPLOYMENT = [workload('front', { REVIEWS_HOSTNAME: 'reviews' }), workload('details'), workload('reviews'), workload('ratings'), workload('stock')].join('---\n');

const UPSTREAMS = code`
  import os

  SERVICES_DOMAIN = "" if os.environ.get("SERVICES_DOMAIN") is None else "." + os.environ.get("SERVICES_DOMAIN")
  DETAILS_HOSTNAME = os.environ.get("DETAILS_HOSTNAME", "details")
  REVIEWS_HOSTNAME = os.environ.get("REVIEWS_HOSTNAME", "localhost")
  UPSTREAM_PORT = os.environ.get("UPSTREAM_PORT", "9080")


  def _base(host):
      return "http://{0}{1}:{2}".format(host, SERVICES_DOMAIN, UPSTREAM_PORT)


  def ratings_url(host, port):
      return f"http://{host}:{port}"


  details = {"name": _base(DETAILS_HOSTNAME), "endpoint": "details"}
  reviews = {"name": _base(REVIEWS_HOSTNAME), "endpoint": "reviews"}
  ratings = {"name": ratings_url(os.environ.get("RATINGS_HOSTNAME", "ratings"), 9080)}
`;

const CASES: [string, Record<string, string>, string[]][] = [
  [
    'a built URL passed to a local wrapper of requests.get',
    {
      'front/app.py': code`
        import requests

        import upstreams


        def get_product_details(product_id, headers):
            url = upstreams.details["name"] + "/" + upstreams.details["endpoint"] + "/" + str(product_id)
            return _get(url, headers)


        def get_product_reviews(product_id, headers):
            url = upstreams.reviews["name"] + "/" + upstreams.reviews["endpoint"] + "/" + str(product_id)
            return _get(url, headers)


        def _get(url, headers):
            return requests.get(url, headers=headers, timeout=3)
      `,
    },
    ['front -> details', 'front -> reviews'],
  ],
  [
    'an entry read straight into the client, built by an f-string helper of two parameters',
    { 'front/app.py': 'import requests\nimport upstreams\n\n\ndef stars(pid):\n    return requests.get(upstreams.ratings["name"] + "/ratings/" + str(pid)).json()\n' },
    ['front -> ratings'],
  ],
  [
    'a dictionary of a module not imported is not another module\'s (a parameter of that name)',
    { 'front/app.py': 'import requests\n\n\ndef stars(upstreams, pid):\n    return requests.get(upstreams.ratings["name"] + "/ratings/" + str(pid)).json()\n' },
    [],
  ],
];

let root: string;
const previousWorkers = process.env['PATCHBAY_SCAN_WORKERS'];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-module-upstreams-'));
  process.env['PATCHBAY_SCAN_WORKERS'] = '0';
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (previousWorkers === undefined) delete process.env['PATCHBAY_SCAN_WORKERS'];
  else process.env['PATCHBAY_SCAN_WORKERS'] = previousWorkers;
});

describe('Python upstreams in module-level dictionaries, built by a helper and read across modules', () => {
  it.each(CASES)('%s', async (name, files, expected) => {
    const folder = join(root, name.replace(/\W+/g, '-').slice(0, 40));
    for (const [path, text] of Object.entries({ ...files, 'front/upstreams.py': UPSTREAMS, 'front/requirements.txt': 'requests==2.32.3\n', 'k8s/all.yaml': DEPLOYMENT })) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    const result = await scanPaths([folder]);
    expect(result.integrations.map((edge) => `${edge.source} -> ${edge.target}`)).toEqual(expected);
  });

  it('shares each entry under `<dictionary>[<key>]`, valued per call of the helper, and no helper with several returns', async () => {
    const text = `${UPSTREAMS}\n\ndef _either(host):\n    if host:\n        return "http://{0}".format(host)\n    return "http://fallback"\n\n\nlegacy = {"name": _either(DETAILS_HOSTNAME)}\n`;
    const facts = await readSnippet(pythonCodeSource, 'front/upstreams.py', text);
    const shared = facts.flatMap((fact) => (fact.type === 'binding' && /^code:\w+\[/.test(fact.key) ? [`${fact.key}=${fact.value}`] : []));
    expect(shared).toEqual(['code:details[name]=$ref:DETAILS_HOSTNAME', 'code:reviews[name]=$ref:REVIEWS_HOSTNAME', 'code:ratings[name]=$ref:RATINGS_HOSTNAME']);
  });
});
