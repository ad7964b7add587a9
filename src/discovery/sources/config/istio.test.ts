import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor } from '../../source.js';
import { gatewayWorkload } from './istio.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return kubernetesManifestsSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

function calls(facts: Fact[]): { from?: string; to?: string; port?: number; mechanism: string; line: number }[] {
  return facts
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => ({ from: fact.component, to: fact.target.host, ...(fact.target.port ? { port: fact.target.port } : {}), mechanism: fact.mechanism, line: fact.evidence.line }));
}

/** Kitchen's code calling the addresses its Deployment gives it. */
const KITCHEN_CALLS: Fact[] = ['MENU_URL', 'PRICING_URL'].map((key, index) => ({
  type: 'connection',
  component: 'kitchen',
  target: { key },
  role: 'calls',
  mechanism: 'rest',
  evidence: { file: 'kitchen/app.py', line: index + 1, excerpt: 'requests.get(...)' },
  confidence: 0.9,
}));

function edges(facts: Fact[]): string[] {
  const graph = resolveFacts(facts);
  return graph.integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`);
}

const INGRESS = `apiVersion: networking.istio.io/v1beta1
kind: Gateway
metadata:
  name: tea-gateway
spec:
  selector:
    istio: ingressgateway
  servers:
    - port: { number: 80, name: http, protocol: HTTP }
      hosts: ["*"]
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: tea
spec:
  hosts: ["*"]
  gateways: [tea-gateway]
  http:
    - match:
        - uri: { prefix: /menu }
      route:
        - destination:
            host: menu
            port: { number: 9080 }
    - match:
        - uri: { prefix: /teashop.Orders/ }
      route:
        - destination:
            host: orders.tea.svc.cluster.local
  tcp:
    - route:
        - destination:
            host: ledger
            port: { number: 7000 }
`;

const WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: { name: menu }
spec:
  template:
    metadata: { labels: { app: menu } }
    spec:
      containers: [{ name: menu, image: acme/menu:1 }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: orders }
spec:
  template:
    metadata: { labels: { app: orders } }
    spec:
      containers: [{ name: orders, image: acme/orders:1 }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: ledger }
spec:
  template:
    metadata: { labels: { app: ledger } }
    spec:
      containers: [{ name: ledger, image: acme/ledger:1 }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: kitchen }
spec:
  template:
    metadata: { labels: { app: kitchen } }
    spec:
      containers:
        - name: kitchen
          image: acme/kitchen:1
          env:
            - { name: MENU_URL, value: "http://menu:9080" }
            - { name: PRICING_URL, value: "http://pricing.tea.svc.cluster.local:9080" }
`;

describe('Istio routing', () => {
  it.each([
    [{ istio: 'ingressgateway' }, 'istio-ingressgateway'],
    [{ istio: 'egressgateway' }, 'istio-egressgateway'],
    [{ istio: 'internal-gw' }, 'internal-gw'],
    [{ app: 'edge-gateway', istio: 'edge' }, 'edge-gateway'],
    [{}, 'istio-ingressgateway'],
    [{ team: 'tea' }, undefined],
  ])('a Gateway selecting %j is served by %s', (selector, name) => expect(gatewayWorkload(selector)).toBe(name));

  it('makes the ingress gateway serving a Gateway call every destination of the VirtualServices bound to it', async () => {
    const facts = await read('k8s/gateway.yaml', INGRESS);
    expect(calls(facts)).toEqual([
      { from: 'tea-gateway', to: 'menu', port: 9080, mechanism: 'rest', line: 24 },
      { from: 'tea-gateway', to: 'orders.tea.svc.cluster.local', mechanism: 'grpc', line: 30 },
      { from: 'tea-gateway', to: 'ledger', port: 7000, mechanism: 'other', line: 34 },
    ]);
    const gateway = facts.find((fact) => fact.type === 'component');
    expect(gateway).toMatchObject({ name: 'istio-ingressgateway', kind: 'gateway', aliases: expect.arrayContaining(['tea-gateway']) });
    const resolved = edges([...facts, ...(await read('k8s/workloads.yaml', WORKLOADS))]);
    expect(resolved).toEqual(expect.arrayContaining(['istio-ingressgateway -> menu (rest)', 'istio-ingressgateway -> orders (grpc)', 'istio-ingressgateway -> ledger (other)']));
  });

  it('finds the Gateway of a VirtualService in another file by the name it is bound to, namespace and all', async () => {
    const gateway = INGRESS.split('---')[0] as string;
    const service = (INGRESS.split('---')[1] as string).replace('gateways: [tea-gateway]', 'gateways: [istio-system/tea-gateway]');
    const facts = [...(await read('k8s/gateway.yaml', gateway)), ...(await read('k8s/routes.yaml', service)), ...(await read('k8s/workloads.yaml', WORKLOADS))];
    expect(edges(facts)).toContain('istio-ingressgateway -> menu (rest)');
  });

  it('reads nothing from Gateway API Gateways, egress gateways or DestinationRules', async () => {
    const text = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: web }
spec: { gatewayClassName: istio }
---
apiVersion: networking.istio.io/v1beta1
kind: Gateway
metadata: { name: out }
spec:
  selector: { istio: egressgateway }
---
apiVersion: networking.istio.io/v1beta1
kind: DestinationRule
metadata: { name: menu }
spec:
  host: menu
  subsets:
    - { name: v1, labels: { version: v1 } }
`;
    expect(await read('k8s/misc.yaml', text)).toEqual([]);
  });

  it('adds no edge for a mesh VirtualService splitting a host between its own versions', async () => {
    const split = `apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata: { name: menu }
spec:
  hosts: [menu]
  http:
    - route:
        - destination: { host: menu, subset: v1 }
          weight: 90
        - destination: { host: menu.tea.svc.cluster.local, subset: v2 }
          weight: 10
`;
    const facts = await read('k8s/menu-vs.yaml', split);
    expect(facts).toEqual([]);
    expect(edges([...facts, ...(await read('k8s/workloads.yaml', WORKLOADS)), ...KITCHEN_CALLS])).toEqual(['kitchen -> menu (rest)', 'kitchen -> pricing (rest)']);
  });

  it('leads callers of a host a mesh VirtualService sends elsewhere to the destination', async () => {
    const rewrite = `apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata: { name: pricing }
spec:
  hosts: [pricing.tea.svc.cluster.local]
  gateways: [mesh]
  http:
    - route:
        - destination: { host: menu, port: { number: 9080 } }
`;
    const facts = await read('k8s/pricing-vs.yaml', rewrite);
    expect(facts).toMatchObject([{ type: 'reroute', host: 'pricing.tea.svc.cluster.local', destinations: [{ host: 'menu', port: 9080 }] }]);
    expect(edges([...facts, ...(await read('k8s/workloads.yaml', WORKLOADS)), ...KITCHEN_CALLS])).toEqual(['kitchen -> menu (rest)']);
  });

  it('leads a ServiceEntry host with DNS endpoints to them, and reads nothing else of it', async () => {
    const entry = `apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata: { name: psp }
spec:
  hosts: [payments.mesh.internal, api.psp.example.com]
  location: MESH_EXTERNAL
  resolution: DNS
  endpoints:
    - address: api.psp.example.com
---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata: { name: weather }
spec:
  hosts: [api.weather.example.com]
  ports: [{ number: 443, name: https, protocol: TLS }]
`;
    const facts = await read('k8s/entries.yaml', entry);
    expect(facts).toMatchObject([{ type: 'reroute', host: 'payments.mesh.internal', destinations: [{ host: 'api.psp.example.com' }] }]);
  });
});
