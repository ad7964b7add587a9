import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, Fact, ProvidesFact } from '../../../core/discovery/facts.js';
import { MICRO_BROKER_PLUGIN_KEY, MICRO_BROKER_TARGET_KEY, MICRO_NAME_KEY } from '../../../core/discovery/go-micro.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

const read = (path: string, text: string): Promise<Fact[]> => readSnippet(goCodeSource, path, text);
const names = (facts: Fact[]): string[] => facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key === MICRO_NAME_KEY).map((fact) => `${fact.scope}: ${fact.value}`);
const plugins = (facts: Fact[]): string[] => facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key === MICRO_BROKER_PLUGIN_KEY).map((fact) => `${fact.value}@${fact.evidence.line}`);
const connections = (facts: Fact[]): string[] =>
  facts
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.role} ${fact.mechanism} ${JSON.stringify(fact.target)} ${fact.channel ?? ''}`.trim())
    .sort();

describe('go-micro service names', () => {
  it.each<[string, string, string[]]>([
    [
      'a literal',
      code`
        package main
        import "github.com/micro/go-micro/v2"
        func main() {
        	srv := micro.NewService(micro.Name("acme.fleet"), micro.Version("1.0"))
        	srv.Run()
        }
      `,
      ['fleet: acme.fleet'],
    ],
    [
      'a constant (go-micro.dev/v4)',
      code`
        package main
        import "go-micro.dev/v4"
        const serviceName = "go.micro.srv.vessel"
        func main() {
        	srv := micro.NewService(micro.Name(serviceName))
        	srv.Run()
        }
      `,
      ['fleet: go.micro.srv.vessel'],
    ],
    [
      'an env var with a default filled in when empty',
      code`
        package main
        import (
        	"os"
        	"github.com/asim/go-micro/v3"
        )
        func main() {
        	name := os.Getenv("BERTH_SERVICE_NAME")
        	if name == "" {
        		name = "acme.berth"
        	}
        	srv := micro.NewService(micro.Name(name))
        	srv.Run()
        }
      `,
      ['fleet: $ref:BERTH_SERVICE_NAME'],
    ],
    [
      "a server's name option",
      code`
        package main
        import (
        	"github.com/micro/go-micro/v2"
        	"github.com/micro/go-micro/v2/server"
        )
        func main() {
        	srv := micro.NewService(micro.Server(server.NewServer(server.Name("acme.ledger"))))
        	srv.Run()
        }
      `,
      ['fleet: acme.ledger'],
    ],
    [
      'no go-micro import: another library’s Name option',
      code`
        package main
        import "github.com/acme/micro"
        func main() {
        	micro.NewService(micro.Name("acme.fleet"))
        }
      `,
      [],
    ],
  ])('%s', async (_, text, expected) => {
    expect(names(await read('fleet/main.go', text))).toEqual(expected);
  });

  it('reads the broker plugin a file links in, not a commented-out one nor a registry', async () => {
    const facts = await read(
      'fleet/plugins.go',
      code`
        package main
        import (
        	_ "github.com/micro/go-plugins/broker/nats/v2"
        	_ "github.com/micro/go-plugins/registry/consul/v2"
        	// _ "github.com/micro/go-plugins/broker/rabbitmq/v2"
        )
      `,
    );
    expect(plugins(facts)).toEqual(['nats@3']);
    expect(connections(facts)).toEqual([]);
  });
});

describe('go-micro clients, publishers and subscribers', () => {
  it('calls the service a protoc-gen-micro client names, by literal, constant or package variable', async () => {
    const facts = await read(
      'vessel/main.go',
      code`
        package main
        import (
        	"github.com/micro/go-micro/v2"
        	"github.com/micro/go-micro/v2/client"
        	fleetpb "github.com/acme/fleet/proto/fleet"
        	berthpb "github.com/acme/berth/proto/berth"
        	ledgerpb "github.com/acme/ledger/proto/ledger"
        )
        const berthService = "acme.berth"
        var ledgerService = "go.micro.srv.ledger"
        func main() {
        	srv := micro.NewService(micro.Name("acme.vessel"))
        	fleet := fleetpb.NewFleetService("acme.fleet", srv.Client())
        	berth := berthpb.NewBerthService(berthService, client.DefaultClient)
        	ledger := ledgerpb.NewLedgerService(ledgerService, srv.Client())
        	_, _, _ = fleet, berth, ledger
        }
      `,
    );
    expect(connections(facts)).toEqual(['calls grpc {"host":"acme.berth"} Berth', 'calls grpc {"host":"acme.fleet"} Fleet', 'calls grpc {"host":"go.micro.srv.ledger"} Ledger']);
  });

  it("calls the service a plain client request names, not a generated client's own request", async () => {
    const facts = await read(
      'portal/main.go',
      code`
        package main
        import (
        	"context"
        	"github.com/micro/go-micro/v2/client"
        )
        type fleetService struct {
        	c    client.Client
        	name string
        }
        func (c *fleetService) Assign(ctx context.Context, in *AssignRequest) error {
        	req := c.c.NewRequest(c.name, "Fleet.Assign", in)
        	return c.c.Call(ctx, req, new(AssignResponse))
        }
        func main() {
        	req := client.NewRequest("go.micro.srv.greeter", "Say.Hello", &Request{Name: "John"})
        	_ = client.Call(context.Background(), req, &Response{})
        }
      `,
    );
    expect(connections(facts)).toEqual(['calls grpc {"host":"go.micro.srv.greeter"} Say']);
  });

  it('reads micro v3 services (github.com/micro/micro/v3/service)', async () => {
    const facts = await read(
      'fleet/main.go',
      code`
        package main
        import (
        	"github.com/micro/micro/v3/service"
        	berthpb "github.com/acme/berth/proto"
        )
        func main() {
        	srv := service.New(service.Name("fleet"))
        	berth := berthpb.NewBerthService("berth", srv.Client())
        	_ = berth
        	srv.Run()
        }
      `,
    );
    expect(names(facts)).toEqual(['fleet: fleet']);
    expect(connections(facts)).toEqual(['calls grpc {"host":"berth"} Berth']);
  });

  it('registers a handler as the service it serves', async () => {
    const facts = await read(
      'fleet/main.go',
      code`
        package main
        import (
        	"github.com/micro/go-micro/v2"
        	fleetpb "github.com/acme/fleet/proto/fleet"
        )
        func main() {
        	srv := micro.NewService(micro.Name("acme.fleet"))
        	fleetpb.RegisterFleetHandler(srv.Server(), new(Fleet))
        }
      `,
    );
    expect(facts.filter((fact): fact is ProvidesFact => fact.type === 'provides').map((fact) => fact.api)).toEqual(['Fleet']);
  });

  it('publishes and subscribes through the broker setting', async () => {
    const facts = await read(
      'fleet/main.go',
      code`
        package main
        import (
        	"github.com/micro/go-micro/v2"
        	"github.com/micro/go-micro/v2/broker"
        	"github.com/micro/go-micro/v2/server"
        )
        func main() {
        	srv := micro.NewService(micro.Name("acme.fleet"))
        	rerouted := micro.NewPublisher("acme.rerouted", srv.Client())
        	docked := micro.NewEvent("acme.docked", srv.Client())
        	micro.RegisterSubscriber("acme.arrived", srv.Server(), new(Arrived))
        	srv.Server().Subscribe(srv.Server().NewSubscriber("acme.departed", onDeparted))
        	broker.Subscribe("acme.berthed", onBerthed)
        	broker.Publish("acme.audit", &broker.Message{Body: []byte("x")})
        	_, _ = rerouted, docked
        }
      `,
    );
    const key = JSON.stringify({ key: MICRO_BROKER_TARGET_KEY });
    expect(connections(facts)).toEqual(
      [`consumes messaging ${key} acme.arrived`, `consumes messaging ${key} acme.berthed`, `consumes messaging ${key} acme.departed`, `produces messaging ${key} acme.audit`, `produces messaging ${key} acme.docked`, `produces messaging ${key} acme.rerouted`].sort(),
    );
  });

  it.each<[string, string, string]>([
    [
      'protoc-gen-micro output: declarations and a default name, no caller',
      'fleet/proto/fleet/fleet.pb.micro.go',
      code`
        // Code generated by protoc-gen-micro.
        package fleet
        import client "github.com/micro/go-micro/v2/client"
        func NewFleetService(name string, c client.Client) FleetService {
        	if len(name) == 0 {
        		name = "acme.fleet"
        	}
        	return &fleetService{c: c, name: name}
        }
        func (c *fleetService) Assign(ctx context.Context, in *AssignRequest, opts ...client.CallOption) (*AssignResponse, error) {
        	req := c.c.NewRequest(c.name, "Fleet.Assign", in)
        	out := new(AssignResponse)
        	return out, c.c.Call(ctx, req, out, opts...)
        }
      `,
    ],
    [
      'micro.NewService and web.NewService make services, not clients',
      'fleet/main.go',
      code`
        package main
        import (
        	"github.com/micro/go-micro/v2"
        	"github.com/micro/go-micro/v2/web"
        )
        func main() {
        	srv := micro.NewService(micro.Name("acme.fleet"), micro.Version("1"))
        	site := web.NewService(web.Name("acme.web.fleet"), web.Address(":8080"))
        	_, _ = srv, site
        }
      `,
    ],
    [
      'a name only in a log line',
      'notifier/main.go',
      code`
        package main
        import log "github.com/micro/go-micro/v2/logger"
        func main() {
        	log.Infof("crews of %s will be told", "acme.berth")
        }
      `,
    ],
  ])('%s', async (_, path, text) => {
    const facts = await read(path, text);
    expect(connections(facts)).toEqual([]);
    if (path.endsWith('.pb.micro.go')) expect(names(facts)).toEqual([]);
  });
});
