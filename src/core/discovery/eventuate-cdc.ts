/**
 * Eventuate's CDC service: services using Eventuate Tram write their messages to an outbox table,
 * and the CDC service reads the database's transaction log and publishes what it finds to Kafka.
 * It is found by its image (`eventuateio/eventuate-cdc-service`) or by its own settings
 * (`EVENTUATELOCAL_CDC_*`, `EVENTUATE_CDC_READER_*`) and it uses each database its readers name and
 * produces to the Kafka broker `EVENTUATELOCAL_KAFKA_BOOTSTRAP_SERVERS` names (else the scan's only
 * Kafka). `SPRING_DATASOURCE_URL`, its single reader's database, is Spring's own (binding-groups.ts).
 */
import { namesNoSystem, parseAddress } from './addresses.js';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Evidence } from './facts.js';
import { MASK } from './redact.js';

/** The image's last path segment. */
const CDC_IMAGE = /^eventuate-(?:tram-)?cdc(?:-[a-z0-9]+)*-service$/;
/** Settings only the CDC service reads. */
const CDC_SETTING = /^(?:EVENTUATELOCAL_CDC_|EVENTUATE_CDC_)/;
/** A reader's database: `EVENTUATE_CDC_READER_READER1_DATASOURCEURL`. */
const READER_DATABASE = /^EVENTUATE_CDC_READER_[A-Z0-9_]+_DATASOURCEURL$/;
/** Where the CDC service publishes. */
export const CDC_KAFKA_KEY = 'EVENTUATELOCAL_KAFKA_BOOTSTRAP_SERVERS';

const envKey = (key: string): string => key.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/** Whether a component running these images with these settings is Eventuate's CDC service. */
export function isEventuateCdc(images: Iterable<string>, settings: Iterable<string>): boolean {
  for (const image of images) if (CDC_IMAGE.test(image.toLowerCase())) return true;
  for (const key of settings) if (CDC_SETTING.test(envKey(key))) return true;
  return false;
}

/**
 * The CDC service's connections: a use of each reader's database, and its publishing to Kafka,
 * `component` being its name as the facts give it and `at` the evidence of its definition (for the
 * publishing when no setting names the broker).
 */
export function eventuateCdcConnections(component: string, bindings: readonly BindingFact[], at: Evidence): ConnectionFact[] {
  const connections: ConnectionFact[] = [];
  for (const binding of bindings) {
    const value = binding.value.trim();
    if (!READER_DATABASE.test(envKey(binding.key)) || value === '' || value === MASK || value.includes('${')) continue;
    const parsed = parseAddress(value);
    if (!parsed || namesNoSystem(parsed.host)) continue;
    connections.push({
      type: 'connection',
      component,
      target: { url: value },
      role: 'uses',
      mechanism: 'database',
      ...(parsed.technology ? { technology: parsed.technology } : {}),
      targetKind: 'database',
      evidence: binding.evidence,
      confidence: CONFIDENCE.resolved,
    });
  }
  const broker = bindings.find((binding) => envKey(binding.key) === CDC_KAFKA_KEY);
  connections.push({
    type: 'connection',
    component,
    target: { key: CDC_KAFKA_KEY },
    role: 'produces',
    mechanism: 'messaging',
    technology: 'Kafka',
    targetKind: 'message-broker',
    evidence: broker?.evidence ?? at,
    confidence: broker ? CONFIDENCE.resolved : CONFIDENCE.inferred,
  });
  return connections;
}
