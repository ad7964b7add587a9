import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact } from './facts.js';
import { startedImageComponents } from './started-images.js';

const at = (file: string) => ({ file, line: 1, excerpt: '' });
const controller: Fact = { type: 'component', name: 'flow-controller', kind: 'application', aliases: ['quay.io/acme/flow-controller'], evidence: at('k8s/controller.yaml'), confidence: CONFIDENCE.declared };
const flag = (key: string, value: string): Fact => ({ type: 'binding', component: 'flow-controller', key, value, evidence: at('k8s/controller.yaml') });
const tagged = (image: string): Fact => ({ type: 'image-build', dockerfile: 'Dockerfile', images: [image], evidence: at('Makefile') });
const compiled = (binary: string): Fact => ({ type: 'go-build', binary, package: `cmd/${binary}`, dockerfile: 'Dockerfile', evidence: at('Dockerfile') });

describe('images a program starts itself', () => {
  it.each<[string, Fact[], [string, string[]][]]>([
    ['a flag naming an image a build tags', [controller, flag('executor-image', 'quay.io/acme/flow-exec:v1.2'), tagged('quay.io/acme/flow-exec')], [['flow-exec', ['quay.io/acme/flow-exec']]]],
    ['an env var naming an image whose binary a Go build writes', [controller, flag('EXECUTOR_IMAGE', 'ghcr.io/acme/flow-exec:latest'), compiled('flow-exec')], [['flow-exec', ['ghcr.io/acme/flow-exec']]]],
    ['a public image handed on', [controller, flag('kubectl-image', 'bitnami/kubectl:1.29'), tagged('quay.io/acme/flow-exec')], []],
    ['an image a manifest runs already', [controller, flag('controller-image', 'quay.io/acme/flow-controller:v1'), tagged('quay.io/acme/flow-controller')], []],
    ['a setting of another name', [controller, flag('executor', 'quay.io/acme/flow-exec:v1'), tagged('quay.io/acme/flow-exec')], []],
    ['no image reference', [controller, flag('image', 'latest'), compiled('latest')], []],
  ])('%s', (_, facts, expected) => {
    expect(startedImageComponents(facts).map((fact) => [fact.name, fact.aliases ?? []])).toEqual(expected);
  });
});
