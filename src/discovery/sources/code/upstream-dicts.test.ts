/**
 * Upstream URLs assembled from a host read from the environment and a domain suffix
 * (`"http://" + os.getenv("RATINGS_HOSTNAME", "ratings") + SERVICES_DOMAIN + ":9080"`), collected
 * in a dictionary and called by key or by going through it, in Python, TypeScript and Go.
 * Scanned for real: the deployment sets the suffix and one host; the others run on their defaults.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPaths } from '../../scan.js';

const DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: front }\nspec:\n  template:\n    metadata: { labels: { app: front } }\n    spec:\n      containers:\n        - name: front\n          image: acme/front:1\n          env:\n            - { name: SERVICES_DOMAIN, value: \".shop.svc.cluster.local\" }\n            - { name: STOCK_HOSTNAME, value: \"stock\" }\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: details }\nspec:\n  template:\n    metadata: { labels: { app: details } }\n    spec:\n      containers: [{ name: details, image: acme/details:1 }]\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ratings }\nspec:\n  template:\n    metadata: { labels: { app: ratings } }\n    spec:\n      containers: [{ name: ratings, image: acme/ratings:1 }]\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: stock }\nspec:\n  template:\n    metadata: { labels: { app: stock } }\n    spec:\n      containers: [{ name: stock, image: acme/stock:1 }]\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: audit }\nspec:\n  template:\n    metadata: { labels: { app: audit } }\n    spec:\n      containers: [{ name: audit, image: acme/audit:1 }]\n";

const CASES: [string, Record<string, string>, string[]][] = [
  ['Python: f-string and + concatenation, by key, through a variable, and by .items()', { 'front/app.py': "import os\nimport requests\n\nservices_domain = \"\" if os.environ.get(\"SERVICES_DOMAIN\") is None else os.environ.get(\"SERVICES_DOMAIN\")\ndetails_hostname = os.environ.get(\"DETAILS_HOSTNAME\", \"details\")\ndetails_port = os.environ.get(\"DETAILS_PORT\", \"9080\")\n\nupstreams = {\n    \"details\": {\"name\": \"details\", \"endpoint\": f\"http://{details_hostname}{services_domain}:{details_port}\"},\n    \"ratings\": {\"name\": \"ratings\", \"endpoint\": \"http://\" + os.environ.get(\"RATINGS_HOSTNAME\", \"ratings\") + services_domain + \":9080\"},\n}\n\n\ndef product_details(pid):\n    return requests.get(upstreams[\"details\"][\"endpoint\"] + \"/details/\" + str(pid)).json()\n\n\ndef product_ratings(pid):\n    upstream = upstreams[\"ratings\"]\n    return requests.get(upstream[\"endpoint\"] + \"/ratings/\" + str(pid)).json()\n", 'front/sweep.py': "import os\nimport requests\n\ndomain = os.getenv(\"SERVICES_DOMAIN\", \"\")\nbackends = {\n    \"stock\": \"http://\" + os.getenv(\"STOCK_HOSTNAME\", \"stock\") + domain + \":8080\",\n    \"audit\": \"http://\" + os.getenv(\"AUDIT_HOSTNAME\", \"audit\") + domain + \":8080\",\n}\n\n\ndef invalidate():\n    for name, base in backends.items():\n        requests.post(base + \"/cache/invalidate\")\n" }, ['front -> audit', 'front -> details', 'front -> ratings', 'front -> stock']],
  ['TypeScript: template and + concatenation, upstreams.details.endpoint, upstreams["ratings"], for…of Object.values', { 'front/src/upstreams.ts': "// @ts-nocheck\nimport axios from 'axios';\n\nconst domain = process.env.SERVICES_DOMAIN || '';\nconst upstreams = {\n  details: { name: 'details', endpoint: `http://${process.env.DETAILS_HOSTNAME || 'details'}${domain}:9080` },\n  ratings: { name: 'ratings', endpoint: 'http://' + (process.env.RATINGS_HOSTNAME ?? 'ratings') + domain + ':9080' },\n};\nconst backends = {\n  stock: 'http://' + (process.env.STOCK_HOSTNAME || 'stock') + domain + ':8080',\n  audit: 'http://' + (process.env.AUDIT_HOSTNAME || 'audit') + domain + ':8080',\n};\n\nexport async function details(id: string) {\n  return axios.get(upstreams.details.endpoint + '/details/' + id);\n}\n\nexport async function ratings(id: string) {\n  const upstream = upstreams['ratings'];\n  return axios.get(`${upstream.endpoint}/ratings/${id}`);\n}\n\nexport async function invalidate() {\n  for (const base of Object.values(backends)) {\n    await axios.post(base + '/cache/invalidate');\n  }\n}\n" }, ['front -> audit', 'front -> details', 'front -> ratings', 'front -> stock']],
  ['Go: a map literal read by key and by range', { 'front/main.go': "package main\n\nimport (\n\t\"net/http\"\n\t\"os\"\n\t\"strings\"\n)\n\nfunc getenv(key, fallback string) string {\n\tif value, ok := os.LookupEnv(key); ok {\n\t\treturn value\n\t}\n\treturn fallback\n}\n\nvar domain = os.Getenv(\"SERVICES_DOMAIN\")\n\nvar upstreams = map[string]string{\n\t\"details\": \"http://\" + getenv(\"DETAILS_HOSTNAME\", \"details\") + domain + \":9080\",\n\t\"ratings\": \"http://\" + getenv(\"RATINGS_HOSTNAME\", \"ratings\") + domain + \":9080\",\n}\n\nfunc details(id string) (*http.Response, error) {\n\treturn http.Get(upstreams[\"details\"] + \"/details/\" + id)\n}\n\nfunc invalidate() {\n\tbackends := map[string]string{\n\t\t\"stock\": \"http://\" + getenv(\"STOCK_HOSTNAME\", \"stock\") + domain + \":8080\",\n\t\t\"audit\": \"http://\" + getenv(\"AUDIT_HOSTNAME\", \"audit\") + domain + \":8080\",\n\t}\n\tfor _, base := range backends {\n\t\thttp.Post(base+\"/cache/invalidate\", \"text/plain\", strings.NewReader(\"\"))\n\t}\n}\n" }, ['front -> audit', 'front -> details', 'front -> stock']],
];

let root: string;
const previousWorkers = process.env['PATCHBAY_SCAN_WORKERS'];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-upstreams-'));
  process.env['PATCHBAY_SCAN_WORKERS'] = '0';
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (previousWorkers === undefined) delete process.env['PATCHBAY_SCAN_WORKERS'];
  else process.env['PATCHBAY_SCAN_WORKERS'] = previousWorkers;
});

describe('dictionaries of upstreams built from a host and a domain suffix', () => {
  it.each(CASES)('%s', async (name, files, expected) => {
    const folder = join(root, name.replace(/\W+/g, '-').slice(0, 40));
    for (const [path, text] of Object.entries({ ...files, 'k8s/all.yaml': DEPLOYMENT })) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    const result = await scanPaths([folder]);
    expect(result.integrations.map((edge) => `${edge.source} -> ${edge.target}`)).toEqual(expected);
    // The host the deployment sets is followed to its binding; the others are their defaults.
    expect(result.integrations.find((edge) => edge.target === 'stock')?.confidence).toBe(0.85);
  });
});
