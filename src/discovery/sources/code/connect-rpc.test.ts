/**
 * Connect RPC clients (connect-go, connect-es) are gRPC-style clients of the service at their base
 * URL, whatever its http(s) scheme; the generated handler is the server side (go-signatures.ts,
 * typescript-signatures.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact, ProvidesFact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';
import { typescriptCodeSource } from './typescript-source.js';

/** The host a target names, or the setting it reads. */
const targetOf = (fact: ConnectionFact): string => {
  const target = fact.target as { host?: string; key?: string } | undefined;
  return target?.host ?? (target?.key ? `$${target.key}` : '?');
};

const summary = (facts: Fact[]): string[] =>
  facts
    .filter((fact): fact is ConnectionFact | ProvidesFact => fact.type === 'connection' || fact.type === 'provides')
    .map((fact) => (fact.type === 'provides' ? `provides ${fact.api}` : `${fact.role} ${fact.mechanism} ${targetOf(fact)} ${fact.channel ?? ''} ${fact.schemeDecides ? 'schemeDecides' : ''}`.trim()))
    .sort();

describe('connect-go clients and handlers', () => {
  it.each<[string, string, string[]]>([
    [
      'a generated client on a base URL from the environment',
      code`
        package client
        import (
        	"net/http"
        	"os"
        	"code.acme.dev/proto/runner/v1/runnerv1connect"
        	"connectrpc.com/connect"
        )
        func New() runnerv1connect.RunnerServiceClient {
        	return runnerv1connect.NewRunnerServiceClient(http.DefaultClient, os.Getenv("FORGE_URL")+"/api/actions", connect.WithGRPC())
        }
      `,
      ['calls grpc $FORGE_URL RunnerService'],
    ],
    [
      'an http URL keeps gRPC (no scheme guess)',
      code`
        package client
        import (
        	"net/http"
        	"code.acme.dev/proto/ping/v1/pingv1connect"
        )
        var ping = pingv1connect.NewPingServiceClient(http.DefaultClient, "http://forge:3000/api/actions")
      `,
      ['calls grpc forge PingService'],
    ],
    [
      "the library's one-procedure client",
      code`
        package client
        import (
        	"net/http"
        	"connectrpc.com/connect"
        )
        func greeter() *connect.Client[Req, Res] {
        	return connect.NewClient[Req, Res](http.DefaultClient, "http://greeter:8080/greet.v1.GreetService/Greet")
        }
      `,
      ['calls grpc greeter'],
    ],
    [
      'the generated handler serves the service, no client',
      code`
        package actions
        import (
        	"net/http"
        	"code.acme.dev/proto/runner/v1/runnerv1connect"
        )
        func Mount(mux *http.ServeMux, svc runnerv1connect.RunnerServiceHandler) {
        	path, handler := runnerv1connect.NewRunnerServiceHandler(svc)
        	mux.Handle(path, handler)
        }
      `,
      ['provides RunnerService'],
    ],
    [
      'a gRPC stub of a package not named *connect is still the one-connection stub',
      code`
        package client
        import (
        	"net/http"
        	"example.com/billing"
        )
        var c = billing.NewInvoiceClient(http.DefaultClient, "http://billing:8080")
      `,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(summary(await readSnippet(goCodeSource, 'client/client.go', text))).toEqual(expected);
  });
});

describe('connect-es transports', () => {
  it.each<[string, string, string[]]>([
    [
      'createConnectTransport on an env base URL',
      code`
        import { createClient } from '@connectrpc/connect';
        import { createConnectTransport } from '@connectrpc/connect-node';
        import { PingService } from '@acme/proto/ping/v1/ping_pb';
        const transport = createConnectTransport({ baseUrl: process.env.FORGE_URL, httpVersion: '1.1' });
        export const ping = createClient(PingService, transport);
      `,
      ['calls grpc $FORGE_URL'],
    ],
    [
      'createGrpcTransport of the former @bufbuild home',
      code`
        import { createPromiseClient } from '@bufbuild/connect';
        import { createGrpcTransport } from '@bufbuild/connect-node';
        const transport = createGrpcTransport({ baseUrl: 'http://ledger:9090', httpVersion: '2' });
      `,
      ['calls grpc ledger'],
    ],
    [
      'createGrpcWebTransport in a browser file',
      code`
        import { createGrpcWebTransport } from '@connectrpc/connect-web';
        export const transport = createGrpcWebTransport({ baseUrl: 'https://api.acme.dev' });
      `,
      ['calls grpc api.acme.dev'],
    ],
    [
      'a function of that name from elsewhere is nothing',
      code`
        import { createConnectTransport } from './transports';
        export const transport = createConnectTransport({ baseUrl: 'http://ledger:9090' });
      `,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(summary(await readSnippet(typescriptCodeSource, 'src/client.ts', text))).toEqual(expected);
  });
});
