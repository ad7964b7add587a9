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
    ['mail delivered now from a job is the worker’s', [SETTINGS, file('app/app/jobs/digest_job.rb', 'worker', 'DigestJob', [], ['deliver_now'])], [smtp], ['config/environments/production.rb worker']],
  ])('%s', (_name, names, connections, expected) => {
    expect(summary(withRailsReach(connections, names, codebaseOf))).toEqual(expected);
  });
});
