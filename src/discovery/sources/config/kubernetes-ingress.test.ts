import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor } from '../../source.js';
import { ingressController } from './kubernetes-ingress.js';
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

const V1 = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    kubernetes.io/ingress.class: traefik
spec:
  ingressClassName: nginx
  defaultBackend:
    service:
      name: storefront
      port:
        number: 80
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /api/orders
            pathType: Prefix
            backend:
              service:
                name: orders
                port:
                  number: 8080
          - path: /api/tickets
            pathType: Prefix
            backend:
              service:
                name: tickets
                port:
                  name: http
`;

describe('Kubernetes Ingress and Gateway API routes', () => {
  it('makes the controller of the ingress class call every backend Service, the default backend included', async () => {
    const facts = await read('k8s/ingress.yaml', V1);
    expect(calls(facts)).toEqual([
      { from: 'ingress-nginx', to: 'storefront', port: 80, mechanism: 'rest', line: 11 },
      { from: 'ingress-nginx', to: 'orders', port: 8080, mechanism: 'rest', line: 22 },
      { from: 'ingress-nginx', to: 'tickets', mechanism: 'rest', line: 29 },
    ]);
    const controller = facts.find((fact) => fact.type === 'component');
    expect(controller).toMatchObject({ name: 'ingress-nginx', kind: 'gateway', technology: 'NGINX Ingress Controller' });
    expect(controller?.type === 'component' && controller.aliases).toContain('ingress-nginx-controller.ingress-nginx.svc.cluster.local');
  });

  it('reads extensions/v1beta1 backends, the class annotation and gRPC backends', async () => {
    const text = `apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: api
  annotations:
    kubernetes.io/ingress.class: alb
    alb.ingress.kubernetes.io/backend-protocol-version: GRPC
spec:
  backend:
    serviceName: fallback
    servicePort: 50051
  rules:
    - http:
        paths:
          - backend:
              serviceName: pricing
              servicePort: grpc
`;
    expect(calls(await read('k8s/api.yaml', text))).toEqual([
      { from: 'aws-load-balancer', to: 'fallback', port: 50051, mechanism: 'grpc', line: 10 },
      { from: 'aws-load-balancer', to: 'pricing', mechanism: 'grpc', line: 16 },
    ]);
  });

  it.each([
    [undefined, 'ingress-nginx'],
    ['nginx', 'ingress-nginx'],
    ['traefik', 'traefik'],
    ['alb', 'aws-load-balancer'],
    ['gce', 'gce-load-balancer'],
    ['Kong', 'kong'],
    ['internal-lb', 'internal-lb'],
  ])('class %s is served by %s', (ingressClass, name) => {
    expect(ingressController(ingressClass).name).toBe(name);
  });

  it('makes nothing of an Ingress with no Service backend (not even its controller)', async () => {
    const text = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: s3\nspec:\n  defaultBackend:\n    resource:\n      kind: StorageBucket\n      name: static\n';
    expect(await read('k8s/s3.yaml', text)).toEqual([]);
  });

  it('makes each parent Gateway of an HTTPRoute or GRPCRoute call its backend Services', async () => {
    const text = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: store
spec:
  parentRefs:
    - name: public-gw
    - name: mesh-svc
      kind: Service
  rules:
    - backendRefs:
        - name: catalog
          port: 8080
        - name: bucket
          kind: Backend
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: rates
spec:
  parentRefs:
    - name: public-gw
  rules:
    - backendRefs:
        - name: rates
`;
    expect(calls(await read('k8s/routes.yaml', text))).toEqual([
      { from: 'public-gw', to: 'catalog', port: 8080, mechanism: 'rest', line: 12 },
      { from: 'public-gw', to: 'rates', mechanism: 'grpc', line: 26 },
    ]);
  });

  it('resolves to the workloads the Services select, one edge for overlays repeating a route, and the controller installed in the repo is the same system', async () => {
    const app = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: main
          image: acme/${name}:1
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}-svc
spec:
  selector:
    app: ${name}
`;
    const controller = `apiVersion: v1
kind: Service
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
spec:
  selector:
    app.kubernetes.io/name: ingress-nginx
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
spec:
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ingress-nginx
    spec:
      containers:
        - name: controller
          image: registry.k8s.io/ingress-nginx/controller:v1.9.4
`;
    const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - http:
        paths:
          - path: /
            backend:
              service:
                name: orders-svc
                port:
                  number: 80
`;
    const files: [string, string][] = [
      ['a/controller.yaml', controller],
      ['k8s/orders.yaml', app('orders')],
      ['overlays/dev/ingress.yaml', ingress],
      ['overlays/prod/ingress.yaml', ingress],
    ];
    for (const order of [files, [...files].reverse()]) {
      const facts = (await Promise.all(order.map(([path, text]) => read(path, text)))).flat();
      const graph = resolveFacts(facts);
      expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['ingress-nginx -> orders rest']);
      expect(graph.systems.map((system) => `${system.id}:${system.kind}`).sort()).toEqual(['ingress-nginx:gateway', 'orders:application']);
    }
  });
});
