import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { bindingsOf, code, readSnippet } from './code-test-support.js';
import { rubyCodeSource } from './ruby-source.js';

/** role, technology, channel, target, runsIn and line of each connection. */
function rows(facts: readonly Fact[]): string[] {
  return facts
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => [fact.role, fact.technology, fact.channel ?? '-', JSON.stringify(fact.target), fact.runsIn ?? 'web/reach', fact.evidence.line].join(' '));
}

describe('Redis queues of a Rails app (rails-queues.ts)', () => {
  it.each<{ name: string; path: string; text: string; rows: string[]; bindings?: Record<string, string> }>([
    {
      name: "Sidekiq's client Redis from a URL built of the app's variables, bound for the initializer's folder",
      path: 'config/initializers/100-sidekiq.rb',
      text: code`
        redis_host = ENV.fetch("FORUM_REDIS_HOST", "localhost")
        redis_url = "redis://#{redis_host}:6379/1"
        Sidekiq.configure_client do |config|
          config.redis = { url: redis_url }
        end`,
      rows: [],
      bindings: { 'sidekiq:redis': '$ref:FORUM_REDIS_HOST' },
    },
    {
      name: 'the old Sidekiq.redis = { host: … } and a hash held in a local',
      path: 'config/initializers/sidekiq.rb',
      text: code`
        options = { host: ENV["JOBS_REDIS_HOST"], port: 6379 }
        Sidekiq.redis = options`,
      rows: [],
      bindings: { 'sidekiq:redis': '$ref:JOBS_REDIS_HOST' },
    },
    {
      name: "another gem's config.redis outside Sidekiq's configure blocks is not Sidekiq's",
      path: 'config/initializers/rack_attack.rb',
      text: code`
        Throttle.configure do |config|
          config.redis = { url: ENV["THROTTLE_REDIS_URL"] }
        end`,
      rows: [],
      bindings: {},
    },
    {
      name: "an enqueue facade and Sidekiq's own client produce to Sidekiq, the job's name the channel",
      path: 'app/controllers/replies_controller.rb',
      text: code`
        class RepliesController < ApplicationController
          def create
            Jobs.enqueue(:process_reply, reply_id: 1)
            Jobs.enqueue_in(5.minutes, :notify_watchers, reply_id: 1)
            ::Jobs.enqueue(Jobs::Digest)
            Sidekiq::Client.push("class" => HardJob, "args" => [1])
            Sidekiq::Client.new(pool: pool).push_bulk("class" => HardJob, "args" => [[1]])
          end
        end`,
      rows: [
        'produces Sidekiq process_reply {} web/reach 3',
        'produces Sidekiq notify_watchers {} web/reach 4',
        'produces Sidekiq Jobs::Digest {} web/reach 5',
        'produces Sidekiq - {} web/reach 6',
        'produces Sidekiq - {} web/reach 7',
      ],
    },
    {
      name: "other backends' facades and enqueue calls on objects are no Sidekiq jobs",
      path: 'app/controllers/imports_controller.rb',
      text: code`
        class ImportsController < ApplicationController
          def create
            Resque.enqueue(ImportJob, 1)
            Delayed::Job.enqueue(ImportJob.new(1))
            GoodJob.enqueue(:x)
            queue.enqueue(:import)
            Jobs.enqueue(job_name)
          end
        end`,
      rows: [],
    },
    {
      name: 'MessageBus on Redis: a producer of every process, a consumer of the web process',
      path: 'config/initializers/004-message_bus.rb',
      text: code`
        MessageBus.configure(backend: :redis, url: "redis://#{ENV.fetch("BUS_REDIS_HOST", "localhost")}:6379/0")`,
      rows: ['produces MessageBus - {"key":"BUS_REDIS_HOST"} every 1', 'consumes MessageBus - {"key":"BUS_REDIS_HOST"} web/reach 1'],
    },
    {
      name: "MessageBus's redis_config, a configure with no address (Redis's default: the deployed one), options built elsewhere",
      path: 'config/initializers/message_bus.rb',
      text: code`
        MessageBus.redis_config = { url: ENV["MESSAGE_BUS_REDIS_URL"] }
        MessageBus.configure(backend: :redis)
        MessageBus.configure(Forum.message_bus_config)`,
      rows: [
        'produces MessageBus - {"key":"MESSAGE_BUS_REDIS_URL"} every 1',
        'consumes MessageBus - {"key":"MESSAGE_BUS_REDIS_URL"} web/reach 1',
        'produces MessageBus - {} every 2',
        'consumes MessageBus - {} web/reach 2',
        'produces MessageBus - {} every 3',
        'consumes MessageBus - {} web/reach 3',
      ],
    },
    {
      name: "MessageBus on PostgreSQL or in memory: no Redis",
      path: 'config/initializers/message_bus.rb',
      text: code`
        MessageBus.configure(backend: :postgres, backend_options: { host: "db" })
        MessageBus.configure(backend: :memory)`,
      rows: [],
    },
    {
      name: 'OmniAuth providers in an initializer: the web process calls Google and GitHub; the developer strategy is no system',
      path: 'config/initializers/omniauth.rb',
      text: code`
        Rails.application.config.middleware.use OmniAuth::Builder do
          provider :google_oauth2, ENV["GOOGLE_CLIENT_ID"], ENV["GOOGLE_CLIENT_SECRET"]
          provider :github, ENV["GITHUB_KEY"], ENV["GITHUB_SECRET"], scope: "user:email"
          provider :developer unless Rails.env.production?
        end`,
      rows: ['calls Google - {} web/reach 2', 'calls GitHub - {} web/reach 3'],
    },
    {
      name: "an authenticator handing its provider to the builder, vendors beyond the identity providers' list, an unknown strategy",
      path: 'config/initializers/auth.rb',
      text: code`
        class DiscordAuthenticator
          def register_middleware(omniauth)
            omniauth.provider :discord, setup: ->(env) { env }
            omniauth.provider :twitter, SiteSetting.twitter_key, SiteSetting.twitter_secret
            omniauth.provider :forum_sso, SiteSetting.sso_key
          end
        end`,
      rows: ['calls Discord - {} web/reach 3', 'calls Twitter - {} web/reach 4'],
    },
    {
      name: "Devise's config.omniauth",
      path: 'config/initializers/devise.rb',
      text: code`
        Devise.setup do |config|
          config.omniauth :gitlab, ENV["GITLAB_APP_ID"], ENV["GITLAB_SECRET"]
        end`,
      rows: ['calls GitLab - {} web/reach 2'],
    },
    {
      name: 'a provider call in a file without OmniAuth::Builder is not a sign-in',
      path: 'app/models/identity.rb',
      text: code`
        class Identity < ApplicationRecord
          def label
            provider :github
          end
        end`,
      rows: [],
    },
  ])('$name', async ({ path, text, rows: expected, bindings }) => {
    const facts = await readSnippet(rubyCodeSource, path, text);
    expect(rows(facts)).toEqual(expected);
    if (bindings) expect(Object.fromEntries(Object.entries(bindingsOf(facts)).filter(([key]) => key === 'sidekiq:redis'))).toEqual(bindings);
  });
});
