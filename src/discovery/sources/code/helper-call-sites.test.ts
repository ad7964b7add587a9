/**
 * A generic request helper taking the base URL as a parameter and building the URL inside
 * (Go `proxyRequest(serviceUrl, prefix, w, r)` of the same package, Python `forward(base, path)`):
 * each call site's argument is one more value of the parameter, so one connection per distinct
 * backend; a call with no fixed target, one only in a `_test.go` and a commented-out one give none.
 * Scanned for real.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPaths } from '../../scan.js';

const COMPOSE = `services:
  gateway:
    build: ./gateway
    environment:
      AGENDA_URL: http://agenda:8080
      TALKS_URL: talks:8080
      AUDIT_URL: http://audit:8080
  agenda:
    image: acme/agenda:1
  talks:
    image: acme/talks:1
  audit:
    image: acme/audit:1
`;

const GO_HELPER = `package main

import (
\t"fmt"
\t"net/http"
\t"strings"
)

func proxyRequest(serviceUrl string, prefix string, w http.ResponseWriter, r *http.Request) {
\tpath := strings.TrimPrefix(r.RequestURI, prefix)
\turl := fmt.Sprintf("%s%s", serviceUrl, path)
\tif !strings.HasPrefix(url, "http") {
\t\turl = fmt.Sprintf("http://%s", url)
\t}
\treq, _ := http.NewRequest(r.Method, url, nil)
\tresp, err := http.DefaultClient.Do(req)
\tif err == nil {
\t\tresp.Body.Close()
\t}
}
`;

const GO_HANDLERS = `package main

import (
\t"net/http"
\t"os"
)

var (
\tAgendaUrl = os.Getenv("AGENDA_URL")
\tTalksUrl  = os.Getenv("TALKS_URL")
\tAuditUrl  = os.Getenv("AUDIT_URL")
)

func agendaHandler(w http.ResponseWriter, r *http.Request) { proxyRequest(AgendaUrl, "/api/agenda", w, r) }
func talksHandler(w http.ResponseWriter, r *http.Request)  { proxyRequest(TalksUrl, "/api/talks", w, r) }

// func auditHandler(w http.ResponseWriter, r *http.Request) { proxyRequest(AuditUrl, "/api/audit", w, r) }

func anyHandler(w http.ResponseWriter, r *http.Request) { proxyRequest(r.Header.Get("X-Upstream"), "/api/any", w, r) }
`;

const GO_TEST = `package main

import "testing"

func TestAudit(t *testing.T) { proxyRequest("http://audit:8080", "/api/audit", nil, nil) }
`;

const CASES: [string, Record<string, string>, string[]][] = [
  [
    'Go: a package helper declared in another file, one call per backend',
    { 'gateway/proxy.go': GO_HELPER, 'gateway/handlers.go': GO_HANDLERS, 'gateway/handlers_test.go': GO_TEST, 'gateway/go.mod': 'module acme/gateway\n\ngo 1.22\n', 'docker-compose.yml': COMPOSE },
    ['gateway -> agenda', 'gateway -> talks'],
  ],
  [
    'Go: the helper and its calls in one file',
    { 'gateway/main.go': GO_HANDLERS.replace('\t"net/http"', '\t"fmt"\n\t"net/http"\n\t"strings"') + GO_HELPER.replace(/^package main\n\nimport \([^)]*\)\n/, ''), 'gateway/main_test.go': GO_TEST, 'gateway/go.mod': 'module acme/gateway\n\ngo 1.22\n', 'docker-compose.yml': COMPOSE },
    ['gateway -> agenda', 'gateway -> talks'],
  ],
  [
    'Python: a one-word module function forward(base, path)',
    {
      'gateway/app.py': `import os

import requests
from flask import Flask, request

AGENDA_URL = os.environ.get("AGENDA_URL", "http://localhost:8080")
TALKS_URL = os.environ.get("TALKS_URL", "http://localhost:8081")

app = Flask(__name__)


def forward(base, path):
    return requests.request(request.method, f"{base}{path}", timeout=5).content


@app.route("/agenda")
def agenda():
    return forward(AGENDA_URL, "/agenda")


@app.route("/talks")
def talks():
    return forward(TALKS_URL, "/talks")


@app.route("/any")
def anything():
    return forward(request.args.get("upstream", ""), "/")
`,
      'gateway/requirements.txt': 'flask\nrequests\n',
      'docker-compose.yml': COMPOSE.replace('TALKS_URL: talks:8080', 'TALKS_URL: http://talks:8080'),
    },
    ['gateway -> agenda', 'gateway -> talks'],
  ],
];

let root: string;
const previousWorkers = process.env['PATCHBAY_SCAN_WORKERS'];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-helper-call-sites-'));
  process.env['PATCHBAY_SCAN_WORKERS'] = '0';
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (previousWorkers === undefined) delete process.env['PATCHBAY_SCAN_WORKERS'];
  else process.env['PATCHBAY_SCAN_WORKERS'] = previousWorkers;
});

describe('a request helper called once per backend with its base URL', () => {
  it.each(CASES)('%s', async (name, files, expected) => {
    const folder = join(root, name.replace(/\W+/g, '-').slice(0, 40));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    const result = await scanPaths([folder]);
    expect(result.integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort()).toEqual(expected);
  });
});
