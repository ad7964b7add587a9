/**
 * Load generators: a container running a load-testing tool's image (k6, Locust, Artillery,
 * JMeter, Vegeta, Gatling…, see `isLoadGeneratorImage`) calls the service its settings aim it at.
 * The script is often mounted (a ConfigMap, a folder) and reads the target from the environment
 * (`__ENV.API_URL` in k6, `LOCUST_HOST`), so the environment itself says where the traffic goes:
 * each variable whose value is an HTTP URL (`API_URL=http://public-api:8080`, also given as k6's
 * `-e API_URL=…` on the command line) is a REST call of the container, followed through its
 * bindings like any key (a compose `${…}` filled from the `.env`, a local port a mesh sidecar
 * forwards). Addresses given as flags (`--host http://gateway:8000`) are command-line.ts's.
 */
import { CONFIDENCE, type ConnectionFact, type Evidence, type EvidenceAt, type Fact } from '../../../core/discovery/facts.js';
import { commandArguments } from './command-line.js';
import { bindingFact } from './emit.js';

/** One environment variable as written, with its line. */
export interface EnvironmentEntry {
  key: string;
  value: string;
  line: number;
}

/** The tool's own settings (outputs, metrics backends, a Locust master) and notification hooks: not where the load goes. */
const NOT_A_TARGET = /^(K6_|LOCUST_(MASTER|WEB|WORKER))|PROMETHEUS|INFLUX|OTEL|OTLP|STATSD|DATADOG|GRAFANA|ELASTIC|SLACK|WEBHOOK|CLOUD/i;

/** k6 and friends take environment for the script as `-e KEY=VALUE` or `--env KEY=VALUE`. */
const ENV_FLAGS = new Set(['e', 'env']);

/**
 * The facts of a load generator's environment and command words: a REST call per variable
 * holding an HTTP URL, and a binding of each `-e KEY=VALUE` (the script reads it as the environment).
 */
export function loadGeneratorFacts(environment: readonly EnvironmentEntry[], words: readonly string[], component: string, evidenceAt: EvidenceAt, commandEvidence?: Evidence): Fact[] {
  const facts: Fact[] = [];
  const targets: { key: string; evidence: Evidence }[] = [];
  for (const entry of environment) {
    if (isTargetEntry(entry.key, entry.value)) targets.push({ key: entry.key, evidence: evidenceAt(entry.line) });
  }
  if (commandEvidence) {
    for (const { flag, value } of commandArguments(words)) {
      const equals = value.indexOf('=');
      if (!flag || !ENV_FLAGS.has(flag) || equals <= 0) continue;
      const key = value.slice(0, equals);
      facts.push(bindingFact({ component }, key, value.slice(equals + 1), 0, () => commandEvidence));
      if (isTargetEntry(key, value.slice(equals + 1))) targets.push({ key, evidence: commandEvidence });
    }
  }
  for (const { key, evidence } of targets) {
    facts.push({
      type: 'connection',
      component,
      target: { key },
      role: 'calls',
      mechanism: 'rest',
      technology: 'HTTP',
      evidence,
      confidence: CONFIDENCE.resolved,
    } satisfies ConnectionFact);
  }
  return facts;
}

/** Whether a variable aims the tool at a target: an HTTP URL, not one of the tool's own settings. */
function isTargetEntry(key: string, value: string): boolean {
  return /^\s*https?:\/\//i.test(value) && !NOT_A_TARGET.test(key);
}
