import { describe, expect, it } from 'vitest';
import { CONFIDENCE, calledMethod, type CodeNamesFact, type ConnectionFact } from './facts.js';
import { withRailsReach } from './rails-reach.js';

/** A Rails file's names: its constant, the constants it references, its mail deliveries. */
const file = (path: string, rails: NonNullable<CodeNamesFact['rails']>, constant: string | undefined, references: string[] = [], delivers: ('deliver_now' | 'deliver_later')[] = []): CodeNamesFact => ({
  type: 'code-names',
  declarations: constant ? [{ name: constant, kind: 'function', static: true, references, line: 1, endLine: 40 }] : [],
  uses: Object.fromEntries(delivers.map((method) => [calledMethod(method), 3])),
  rails,
  evidence: { file: path, line: 1, excerpt: '' },
});
const call = (path: string, more: Partial<ConnectionFact> = {}): ConnectionFact => ({ type: 'connection', target: { url: 'http://pdf:3000' }, role: 'calls', mechanism: 'rest', evidence: { file: path, line: 5, excerpt: '' }, confidence: CONFIDENCE.literal, ...more });
const smtp = call('app/config/environments/production.rb', { mechanism: 'email', runsIn: 'worker' });

/** Each connection as `file where`, `web` when unmarked. */
const summary = (facts: readonly ConnectionFact[]): string[] => facts.map((fact) => `${fact.evidence.file.replace(/^app\//, '')} ${fact.runsIn ?? 'web'}`);
/** Files under `app/` (the image's folder) are one codebase; others are of none. */
const codebaseOf = (path: string): string | undefined => (path.startsWith('app/') ? 'app' : undefined);

const JOB = file('app/app/jobs/invoices/generate_pdf_job.rb', 'worker', 'Invoices::GeneratePdfJob', ['Invoices::GeneratePdfService', 'GeneratePdfService', 'Invoice']);
const CONTROLLER = file('app/app/controllers/customers_controller.rb', 'web', 'CustomersController', ['Customers::GeocodeService', 'Invoice']);
const PDF = file('app/app/services/invoices/generate_pdf_service.rb', 'shared', 'Invoices::GeneratePdfService', ['Invoices::PdfClient', 'PdfClient']);
const CLIENT = file('app/lib/invoices/pdf_client.rb', 'shared', 'Invoices::PdfClient');
const GEOCODE = file('app/app/services/customers/geocode_service.rb', 'shared', 'Customers::GeocodeService');
const MODEL = file('app/app/models/invoice.rb', 'shared', 'Invoice');
const ORPHAN = file('app/app/services/orphan_service.rb', 'shared', 'OrphanService');
const SETTINGS = file('app/config/environments/production.rb', 'every', undefined);

describe('withRailsReach', () => {
  it.each<[string, CodeNamesFact[], ConnectionFact[], string[]]>([
    ['a service only a job names runs in the worker, and what it names in turn', [JOB, CONTROLLER, PDF, CLIENT], [call(PDF.evidence.file), call(CLIENT.evidence.file)], ['app/services/invoices/generate_pdf_service.rb worker', 'lib/invoices/pdf_client.rb worker']],
    ['a service only web code names is the web process’s alone', [JOB, CONTROLLER, GEOCODE], [call(GEOCODE.evidence.file)], ['app/services/customers/geocode_service.rb web']],
    ['a model both name runs in both', [JOB, CONTROLLER, MODEL], [call(MODEL.evidence.file)], ['app/models/invoice.rb web', 'app/models/invoice.rb worker']],
    ['shared code nothing is seen naming runs in both, as before', [JOB, CONTROLLER, ORPHAN], [call(ORPHAN.evidence.file)], ['app/services/orphan_service.rb web', 'app/services/orphan_service.rb worker']],
    ['a job’s and a controller’s own connections keep their marks', [JOB, CONTROLLER], [call(JOB.evidence.file, { runsIn: 'worker' }), call(CONTROLLER.evidence.file)], ['app/jobs/invoices/generate_pdf_job.rb worker', 'app/controllers/customers_controller.rb web']],
    ['a file of no shared codebase is left alone', [file('lib/x/y.rb', 'shared', 'X::Y')], [call('lib/x/y.rb')], ['lib/x/y.rb web']],
    ['mail delivered later stays the worker’s', [SETTINGS, file('app/app/controllers/invoices_controller.rb', 'web', 'InvoicesController', [], ['deliver_later'])], [smtp], ['config/environments/production.rb worker']],
    ['mail delivered now from a controller is the web process’s alone', [SETTINGS, file('app/app/controllers/passwords_controller.rb', 'web', 'PasswordsController', [], ['deliver_now'])], [smtp], ['config/environments/production.rb web']],
    [
      'mail delivered now from a controller and later elsewhere: both send',
      [SETTINGS, file('app/app/controllers/passwords_controller.rb', 'web', 'PasswordsController', [], ['deliver_now']), file('app/app/jobs/digest_job.rb', 'worker', 'DigestJob', [], ['deliver_later'])],
      [smtp],
      ['config/environments/production.rb web', 'config/environments/production.rb worker'],
    ],
    [
      'middleware the settings hand the web process is its alone, not shared code nothing is seen naming',
      [JOB, { ...SETTINGS, railsWeb: ['Middleware::RequestThrottle'] }, file('app/lib/middleware/request_throttle.rb', 'shared', 'Middleware::RequestThrottle')],
      [call('app/lib/middleware/request_throttle.rb')],
      ['lib/middleware/request_throttle.rb web'],
    ],
    ['mail delivered now from a job is the worker’s', [SETTINGS, file('app/app/jobs/digest_job.rb', 'worker', 'DigestJob', [], ['deliver_now'])], [smtp], ['config/environments/production.rb worker']],
  ])('%s', (_name, names, connections, expected) => {
    expect(summary(withRailsReach(connections, names, codebaseOf))).toEqual(expected);
  });
});

/** A job file with its queue (FactNames.railsJob). */
const job = (path: string, constant: string, railsJob: CodeNamesFact['railsJob'], references: string[] = []): CodeNamesFact => ({ ...file(path, 'worker', constant, references), ...(railsJob ? { railsJob } : {}) });
/** Each connection as `file where[queues]`. */
const onQueues = (facts: readonly ConnectionFact[]): string[] => facts.map((fact) => `${fact.evidence.file.replace(/^app\//, '')} ${fact.runsIn ?? 'web'}${fact.queues ? `[${fact.queues.join(',')}]` : ''}`);

describe('withRailsReach: the queues of the jobs reaching code', () => {
  const BILLING = job('app/app/jobs/billing/charge_job.rb', 'Billing::ChargeJob', { queue: 'billing', parent: 'ApplicationJob' }, ['Billing::ChargeService', 'ChargeService', 'AuditTrail']);
  const INGEST = job('app/app/jobs/events/ingest_job.rb', 'Events::IngestJob', { queue: 'events' }, ['Events::Writer', 'Writer', 'AuditTrail']);
  const ENRICH = job('app/app/jobs/events/enrich_job.rb', 'Events::EnrichJob', { parent: 'BaseJob' }, ['Events::BaseJob', 'BaseJob']);
  const BASE = job('app/app/jobs/events/base_job.rb', 'Events::BaseJob', { queue: 'events' });
  const SYNC = job('app/app/jobs/sync_job.rb', 'SyncJob', { queue: '*', parent: 'ApplicationJob' });
  const CLEANUP = job('app/app/jobs/cleanup_job.rb', 'CleanupJob', { parent: 'ApplicationJob' });
  const APPLICATION = job('app/app/jobs/application_job.rb', 'ApplicationJob', { parent: 'ActiveJob::Base' });
  const LOW = job('app/app/jobs/low_job.rb', 'LowJob', { parent: 'ApplicationJob' });
  const LOW_BASE = job('app/app/jobs/application_job.rb', 'ApplicationJob', { queue: 'low', parent: 'ActiveJob::Base' });
  const STRANGER = job('app/app/jobs/stranger_job.rb', 'StrangerJob', { parent: 'Gem::SomeJob' });
  const CHARGE = file('app/app/services/billing/charge_service.rb', 'shared', 'Billing::ChargeService');
  const WRITER = file('app/app/services/events/writer.rb', 'shared', 'Events::Writer');
  const AUDIT = file('app/app/services/audit_trail.rb', 'shared', 'AuditTrail');
  const own = (fact: CodeNamesFact): ConnectionFact => call(fact.evidence.file, { runsIn: 'worker' });
  it.each<[string, CodeNamesFact[], ConnectionFact[], string[]]>([
    ['a job’s own calls run on its queue', [BILLING], [own(BILLING)], ['app/jobs/billing/charge_job.rb worker[billing]']],
    ['what one queue’s jobs reach runs on that queue', [BILLING, INGEST, CHARGE, WRITER], [call(CHARGE.evidence.file), call(WRITER.evidence.file)], ['app/services/billing/charge_service.rb worker[billing]', 'app/services/events/writer.rb worker[events]']],
    ['what two queues reach runs on both', [BILLING, INGEST, AUDIT], [call(AUDIT.evidence.file)], ['app/services/audit_trail.rb worker[billing,events]']],
    ['a queue inherited from a base job', [ENRICH, BASE], [own(ENRICH)], ['app/jobs/events/enrich_job.rb worker[events]']],
    ['the base job’s own code runs for all its subclasses', [ENRICH, BASE], [own(BASE)], ['app/jobs/events/base_job.rb worker']],
    ['no queue and ApplicationJob: default', [CLEANUP, APPLICATION], [own(CLEANUP)], ['app/jobs/cleanup_job.rb worker[default]']],
    ['ApplicationJob’s own queue_as is inherited', [LOW, LOW_BASE], [own(LOW)], ['app/jobs/low_job.rb worker[low]']],
    ['a queue not a literal: every worker', [SYNC], [own(SYNC)], ['app/jobs/sync_job.rb worker']],
    ['a superclass not found: every worker', [STRANGER], [own(STRANGER)], ['app/jobs/stranger_job.rb worker']],
    ['reached by a job of unknown queue too: every worker', [BILLING, job('app/app/jobs/sync_job.rb', 'SyncJob', { queue: '*' }, ['Billing::ChargeService']), CHARGE], [call(CHARGE.evidence.file)], ['app/services/billing/charge_service.rb worker']],
    ['mail delivered later goes on mailers or default', [SETTINGS, file('app/app/controllers/invoices_controller.rb', 'web', 'InvoicesController', [], ['deliver_later'])], [smtp], ['config/environments/production.rb worker[default,mailers]']],
    [
      'deliver_later_queue_name, and deliver_now in an events job',
      [{ ...SETTINGS, railsJob: { mailQueue: 'emails' } }, file('app/app/controllers/invoices_controller.rb', 'web', 'InvoicesController', [], ['deliver_later']), { ...INGEST, uses: { [calledMethod('deliver_now')]: 4 } }],
      [smtp],
      ['config/environments/production.rb worker[emails,events]'],
    ],
  ])('%s', (_name, names, connections, expected) => {
    expect(onQueues(withRailsReach(connections, names, codebaseOf))).toEqual(expected);
  });
});
