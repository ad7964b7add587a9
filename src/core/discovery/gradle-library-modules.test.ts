import { describe, expect, it } from 'vitest';
import { GRADLE_PROJECT_ROLE_KEY } from './build-dependencies.js';
import { CONFIDENCE, type BindingFact, type ComponentFact, type ConnectionFact, type Fact } from './facts.js';
import { resolveFacts } from './resolve.js';

/** A project `settings.gradle` includes, building in the projects it references. */
const included = (name: string, references: string[] = []): ComponentFact => ({
  type: 'component',
  name,
  kind: 'application',
  root: `flow/${name}`,
  project: true,
  ...(references.length > 0 ? { references: references.map((reference) => ({ name: reference, builtIn: true, evidence: { file: `flow/${name}/build.gradle`, line: 5, excerpt: `implementation project(':${reference}')` } })) } : {}),
  artifacts: [name],
  evidence: { file: 'flow/settings.gradle', line: 3, excerpt: `include '${name}'` },
  confidence: CONFIDENCE.weak,
});
/** What the project's own build file makes (project-markers, gradleProjectRole). */
const role = (name: string, value: 'launcher' | 'library'): BindingFact => ({ type: 'binding', scope: `flow/${name}`, key: GRADLE_PROJECT_ROLE_KEY, value, evidence: { file: `flow/${name}/build.gradle`, line: 1, excerpt: '' } });
/** A connection the project's code makes. */
const sends = (name: string, host: string): ConnectionFact => ({
  type: 'connection',
  target: { host },
  role: 'produces',
  mechanism: 'messaging',
  technology: 'RabbitMQ',
  evidence: { file: `flow/${name}/src/main/java/Queue.java`, line: 9, excerpt: `factory.setHost("${host}")` },
  confidence: CONFIDENCE.literal,
});
const graph = (facts: Fact[]) => {
  const resolved = resolveFacts(facts);
  return { systems: resolved.systems.map((system) => system.id).sort(), edges: resolved.integrations.map((item) => `${item.source} -> ${item.target}`).sort() };
};

describe('Gradle library modules of a build with a launcher', () => {
  it.each<[string, Fact[], { systems: string[]; edges: string[] }]>([
    [
      'plain modules are built into the Boot server depending on them; one nothing depends on is nobody’s',
      [included('server', ['amqp', 'core']), included('amqp', ['core']), included('core'), included('awssqs', ['core']), role('server', 'launcher'), role('amqp', 'library'), role('core', 'library'), role('awssqs', 'library'), sends('amqp', 'rabbitmq'), sends('awssqs', 'sqs-relay')],
      { systems: ['rabbitmq', 'server'], edges: ['server -> rabbitmq'] },
    ],
    [
      'no launcher in the build: each project stays a system',
      [included('worker'), included('relay'), role('worker', 'library'), role('relay', 'library'), sends('relay', 'rabbitmq')],
      { systems: ['rabbitmq', 'relay', 'worker'], edges: ['relay -> rabbitmq'] },
    ],
    [
      'a project whose build applies a plugin of the team’s (no role) stays a system',
      [included('server'), included('mailer'), role('server', 'launcher'), sends('mailer', 'rabbitmq')],
      { systems: ['mailer', 'rabbitmq', 'server'], edges: ['mailer -> rabbitmq'] },
    ],
  ])('%s', (_, facts, expected) => {
    expect(graph(facts)).toEqual(expected);
  });
});
