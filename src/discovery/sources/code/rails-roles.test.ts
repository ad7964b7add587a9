import { describe, expect, it } from 'vitest';
import type { CodeNamesFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { code, readSnippet } from './code-test-support.js';
import { constantCandidates, railsConstant, railsNames, railsRole } from './rails-roles.js';
import { rubyConditionsAt, topLevelLocals } from './ruby-conditions.js';
import { rubyCodeSource } from './ruby-source.js';

describe('railsRole', () => {
  it.each<[string, string, ReturnType<typeof railsRole>]>([
    ['config/initializers/sidekiq.rb', '', 'every'],
    ['config/environments/production.rb', '', 'every'],
    ['app/workers/distribution_worker.rb', '', 'worker'],
    ['app/jobs/reindex_job.rb', '', 'worker'],
    ['app/lib/notifier.rb', 'class Notifier\n  include Sidekiq::Job\nend\n', 'worker'],
    ['app/models/post.rb', 'class Reindex < ApplicationJob\nend\n', 'worker'],
    ['app/controllers/posts_controller.rb', '', 'web'],
    ['app/graphql/mutations/customers/create.rb', '', 'web'],
    ['clock.rb', "require 'clockwork'\nmodule Clockwork\n  every(1.hour, 'x') { XJob.perform_later }\nend\n", 'clock'],
    ['config/clock.rb', "module Clockwork\n  every 1.day, 'x' do\n  end\nend\n", 'clock'],
    ['app/views/posts/show.html.rb', '', 'web'],
    ['config.ru', '', 'web'],
    ['app/models/post.rb', '', 'shared'],
    ['app/services/post_creator.rb', '', 'shared'],
    ['app/lib/quillpost/timeline.rb', '', 'shared'],
    ['lib/tasks/sync.rb', '', 'shared'],
    // a file right under app/ is no Rails layout (a Sinatra app.rb's neighbours)
    ['app/clients.rb', '', undefined],
    ['config/clock.rb', "module Clockwork\n  every(1.hour, 'sync') { SyncJob.perform_later }\nend\n", 'clock'],
    ['server.rb', '', undefined],
    // a job class wherever it is: a plugin's jobs/ folder
    ['plugins/spamguard/jobs/check_spam_post.rb', 'module Jobs\n  class CheckSpamPost < ::Jobs::Base\n  end\nend\n', 'worker'],
    ['plugins/spamguard/jobs/regenerate.rb', 'class Regenerate < BaseJob\nend\n', 'worker'],
    ['lib/importer/worker.rb', 'class Importer::Worker\n  include Sidekiq::Worker\nend\n', 'worker'],
    ['plugins/spamguard/lib/client.rb', 'class Client < Base\nend\n', 'shared'],
    // an OmniAuth authenticator runs inside the web process's middleware
    ['lib/auth/gitlab_authenticator.rb', 'class Auth::GitlabAuthenticator < Auth::Authenticator\n  def register_middleware(omniauth)\n    omniauth.provider :gitlab, "id"\n  end\nend\n', 'web'],
    ['lib/geo/locator.rb', 'class Geo::Locator\n  def lookup(index)\n    index.provider :maxmind\n  end\nend\n', 'shared'],
  ])('%s runs in %s', async (path, text, role) => {
    const tree = await parseCode('ruby', text);
    expect(railsRole(path, tree.rootNode)).toBe(role);
  });
});

describe('railsConstant', () => {
  it.each<[string, string | undefined]>([
    ['app/services/invoices/generate_pdf_service.rb', 'Invoices::GeneratePdfService'],
    ['app/jobs/clock/bill_subscriptions_job.rb', 'Clock::BillSubscriptionsJob'],
    ['app/models/concerns/billable.rb', 'Billable'],
    ['app/lib/quillpost/timeline.rb', 'Quillpost::Timeline'],
    ['lib/tally/client.rb', 'Tally::Client'],
    ['srv/app/mailers/user_mailer.rb', 'UserMailer'],
    ['config/initializers/sidekiq.rb', undefined],
    ['app/views/posts/show.html.erb', undefined],
    ['clock.rb', undefined],
  ])('%s is %s', (path, constant) => {
    expect(railsConstant(path)).toBe(constant);
  });
});

describe('constantCandidates', () => {
  it.each<[string, string | undefined, string[]]>([
    ['PdfRenderer', 'Invoices::GeneratePdfService', ['Invoices::GeneratePdfService::PdfRenderer', 'Invoices::PdfRenderer', 'PdfRenderer']],
    ['Stripe::PaymentIntent', 'PaymentProviders::Stripe::CreatePaymentService', ['PaymentProviders::Stripe::CreatePaymentService::Stripe::PaymentIntent', 'PaymentProviders::Stripe::Stripe::PaymentIntent', 'PaymentProviders::Stripe::PaymentIntent', 'Stripe::PaymentIntent']],
    ['::Customers::GeocodeService', 'Mutations::Customers::Create', ['Customers::GeocodeService']],
    ['Invoice', undefined, ['Invoice']],
  ])('%s in %s', (written, namespace, candidates) => {
    expect(constantCandidates(written, namespace)).toEqual(candidates);
  });
});

describe('railsNames', () => {
  it('declares the file constant, names what it references and its deliveries', async () => {
    const text = code`
      module Invoices
        class GeneratePdfJob < ApplicationJob
          def perform(id)
            GeneratePdfService.call(invoice: ::Invoice.find(id))
            InvoiceMailer.with(id: id).ready.deliver_later
          end
        end
      end`;
    const tree = await parseCode('ruby', text);
    const [names] = railsNames(tree.rootNode, 'app/jobs/invoices/generate_pdf_job.rb', (line) => ({ file: 'app/jobs/invoices/generate_pdf_job.rb', line, excerpt: '' }));
    expect(names?.rails).toBe('worker');
    expect(names?.uses).toEqual({ '.deliver_later()': 5 });
    expect(names?.declarations.map((declaration) => declaration.name)).toEqual(['Invoices::GeneratePdfJob']);
    expect(names?.declarations[0]?.references).toEqual(
      expect.arrayContaining(['Invoices::GeneratePdfService', 'GeneratePdfService', 'Invoice', 'InvoiceMailer', 'Invoices::InvoiceMailer', 'ApplicationJob']),
    );
    expect(names?.declarations[0]?.references).not.toContain('Invoices');
  });
});

describe('railsNames: constants by nesting and web entry points', () => {
  it.each<[string, string, string, string[], string[]]>([
    ['a plugin class under its namespace', 'plugins/assist/lib/completions/anthropic.rb', 'module QuorumAssist\n  module Completions\n    class Anthropic\n    end\n  end\nend\n', ['Completions::Anthropic', 'QuorumAssist::Completions::Anthropic'], []],
    ['a job outside app/jobs', 'plugins/spamguard/jobs/check_spam_post.rb', 'module Jobs\n  class CheckSpamPost < ::Jobs::Base\n    def execute(args)\n      ::QuorumSpamguard::AkismetClient.new\n    end\n  end\nend\n', ['Jobs::CheckSpamPost'], []],
    ['a module another file is named for', 'lib/forum/version.rb', 'module Forum\n  VERSION = "1.0"\nend\n', ['Forum::Version'], []],
    ['settings declare nothing but hand the web process its middleware', 'config/application.rb', 'Rails.application.config.middleware.use Middleware::RequestThrottle\n', [], ['Middleware::RequestThrottle']],
  ])('%s', async (_name, path, text, declared, web) => {
    const tree = await parseCode('ruby', text);
    const [names] = railsNames(tree.rootNode, path, (line) => ({ file: path, line, excerpt: '' }));
    expect(names?.declarations.map((declaration) => declaration.name)).toEqual(declared);
    expect(names?.railsWeb ?? []).toEqual(web);
  });

  it('looks a reference up from the module it is written in', async () => {
    const text = 'module QuorumAssist\n  class AssistController < ::ApplicationController\n    def x\n      Completions::Anthropic.new\n    end\n  end\nend\n';
    const tree = await parseCode('ruby', text);
    const [names] = railsNames(tree.rootNode, 'plugins/assist/app/controllers/assist_controller.rb', (line) => ({ file: 'x', line, excerpt: '' }));
    expect(names?.declarations[0]?.references).toEqual(expect.arrayContaining(['QuorumAssist::Completions::Anthropic', 'Completions::Anthropic']));
  });
});

describe('railsNames: a job class’s queue', () => {
  it.each<[string, string, string, CodeNamesFact['railsJob']]>([
    ['queue_as a symbol', 'app/jobs/billing/charge_job.rb', 'module Billing\n  class ChargeJob < ApplicationJob\n    queue_as :billing\n  end\nend\n', { queue: 'billing', parent: 'ApplicationJob' }],
    ['queue_as a string', 'app/jobs/x_job.rb', "class XJob < ActiveJob::Base\n  queue_as 'low'\nend\n", { queue: 'low', parent: 'ActiveJob::Base' }],
    ['sidekiq_options queue:', 'app/workers/ingest_worker.rb', "class IngestWorker\n  include Sidekiq::Job\n  sidekiq_options retry: 3, queue: 'events'\nend\n", { queue: 'events' }],
    ['sidekiq_options hash-rocket', 'app/workers/ingest_worker.rb', "class IngestWorker\n  include Sidekiq::Worker\n  sidekiq_options 'queue' => :events\nend\n", { queue: 'events' }],
    ['a constant: unknown', 'app/jobs/sync_job.rb', 'class SyncJob < ApplicationJob\n  queue_as QUEUE\nend\n', { queue: '*', parent: 'ApplicationJob' }],
    ['a block: unknown', 'app/jobs/sync_job.rb', "class SyncJob < ApplicationJob\n  queue_as { arguments.first ? :high : :low }\nend\n", { queue: '*', parent: 'ApplicationJob' }],
    ['interpolation: unknown', 'app/jobs/sync_job.rb', 'class SyncJob < ApplicationJob\n  queue_as "#{Rails.env}_sync"\nend\n', { queue: '*', parent: 'ApplicationJob' }],
    ['none declared: the parent decides', 'app/jobs/events/enrich_job.rb', 'module Events\n  class EnrichJob < BaseJob\n  end\nend\n', { parent: 'BaseJob' }],
    ['a Sidekiq job with no options', 'app/sidekiq/plain_job.rb', 'class PlainJob\n  include Sidekiq::Job\nend\n', {}],
    ['sidekiq_options without a queue', 'app/sidekiq/plain_job.rb', 'class PlainJob\n  include Sidekiq::Job\n  sidekiq_options retry: false\nend\n', {}],
  ])('%s', async (_name, path, text, job) => {
    const tree = await parseCode('ruby', text);
    const [names] = railsNames(tree.rootNode, path, (line) => ({ file: path, line, excerpt: '' }));
    expect(names?.railsJob).toEqual(job);
  });

  it.each<[string, string | undefined]>([
    ['config.action_mailer.deliver_later_queue_name = :emails', 'emails'],
    ['config.action_mailer.deliver_later_queue_name = nil', 'default'],
    ["config.action_mailer.deliver_later_queue_name = ENV['MAIL_QUEUE']", '*'],
    ['config.eager_load = true', undefined],
  ])('reads the mail queue of %s', async (line, queue) => {
    const text = `Rails.application.configure do\n  ${line}\nend\n`;
    const tree = await parseCode('ruby', text);
    const [names] = railsNames(tree.rootNode, 'config/environments/production.rb', (at) => ({ file: 'config/environments/production.rb', line: at, excerpt: '' }));
    expect(names?.railsJob?.mailQueue).toBe(queue);
  });
});

describe('rubyConditionsAt', () => {
  const text = code`
    enabled = ENV['ES_ENABLED'] == 'true'
    if ENV['S3_ENABLED'] == 'true'
      s3()
    else
      disk()
    end
    statsd() if ENV['STATSD_ADDR'].present?
    local() unless ENV.fetch('RAILS_ENV', 'development') != 'production'
    Chewy.settings = { host: 'es', enabled: enabled }
    both() if ENV['A'] && !ENV['B'].blank?
    other() if feature_on?`;
  it.each<[number, unknown[]]>([
    [3, [{ key: 'S3_ENABLED', test: { equals: 'true' } }]],
    [5, [{ key: 'S3_ENABLED', test: { equals: 'true' }, negated: true }]],
    [7, [{ key: 'STATSD_ADDR', test: 'set' }]],
    [8, [{ key: 'RAILS_ENV', test: { equals: 'production' }, negated: false }]],
    [9, [{ key: 'ES_ENABLED', test: { equals: 'true' } }]],
    [10, [{ key: 'A', test: 'set' }, { key: 'B', test: 'set', negated: false }]],
    [11, []],
  ])('line %i runs under %j', async (line, conditions) => {
    const tree = await parseCode('ruby', text);
    expect(rubyConditionsAt(tree.rootNode, line, topLevelLocals(tree.rootNode))).toEqual(conditions);
  });
});

describe('readRailsRoles through the Ruby source', () => {
  const connections = (facts: Fact[]): Pick<ConnectionFact, 'role' | 'technology' | 'runsIn' | 'conditions'>[] =>
    facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map(({ role, technology, runsIn, conditions }) => ({ role, technology, ...(runsIn ? { runsIn } : {}), ...(conditions ? { conditions } : {}) }));
  it.each<[string, string, unknown[]]>([
    // a worker enqueuing another: produced from the job worker
    ['app/workers/distribution_worker.rb', 'class DistributionWorker\n  include Sidekiq::Worker\n  def perform(id) = DigestWorker.perform_in(600, id)\nend\n', [{ role: 'produces', technology: 'Sidekiq', runsIn: 'worker' }]],
    // a controller's enqueue: the web process's
    ['app/controllers/posts_controller.rb', 'DistributionWorker.perform_async(1)\n', [{ role: 'produces', technology: 'Sidekiq' }]],
    // a service: left for core/discovery/rails-reach.ts to place by who names it
    ['app/services/timeline.rb', "Redis.new(url: ENV['REDIS_URL']).publish('t', 'x')\n", [{ role: 'produces', technology: 'Redis' }]],
    // a clockwork schedule: the scheduler's enqueues
    ['clock.rb', "require 'clockwork'\nmodule Clockwork\n  every(1.hour, 'bill') { BillJob.perform_later }\nend\n", [{ role: 'produces', technology: 'Sidekiq', runsIn: 'clock' }]],
    // settings every Rails process loads; mail settings go with the deliverer (the worker)
    ['config/initializers/search.rb', "Chewy.settings = { host: ENV['ES_HOST'] }\n", [{ role: 'uses', technology: 'Elasticsearch', runsIn: 'every' }]],
    ['config/environments/production.rb', "config.action_mailer.smtp_settings = { address: ENV['SMTP_SERVER'] }\n", [{ role: 'uses', technology: 'SMTP', runsIn: 'worker' }]],
    [
      'config/initializers/paperclip.rb',
      "if ENV['S3_ENABLED'] == 'true'\n  Paperclip::Attachment.default_options.merge!(storage: :s3, s3_options: { endpoint: ENV['S3_ENDPOINT'] })\nend\n",
      [{ role: 'uses', technology: 'Amazon S3', runsIn: 'every', conditions: [{ key: 'S3_ENABLED', test: { equals: 'true' } }] }],
    ],
    // Paperclip on the filesystem: no object store
    ['config/initializers/paperclip.rb', "Paperclip::Attachment.default_options.merge!(storage: :filesystem, s3_options: { endpoint: 'http://minio:9000' })\n", []],
  ])('%s', async (path, text, expected) => {
    expect(connections(await readSnippet(rubyCodeSource, path, text))).toEqual(expected);
  });
});
