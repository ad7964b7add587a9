import { describe, expect, it } from 'vitest';
import { parseCode } from '../../code-parser.js';
import { declaredConstants, declaresJob, namespaceAt, registersOmniAuthStrategy, webEntryNames } from './rails-entries.js';

const rootOf = async (text: string) => (await parseCode('ruby', text)).rootNode;

describe('declaresJob', () => {
  it.each<[string, string, boolean]>([
    ['an app job base (Discourse style)', 'module Jobs\n  class CheckSpamPost < ::Jobs::Base\n  end\nend\n', true],
    ['a scheduled job base', 'class Jobs::Digest < Jobs::Scheduled\nend\n', true],
    ['ActiveJob', 'class Reindex < ActiveJob::Base\nend\n', true],
    ['an app base named …Job', 'class Reindex < Search::BaseJob\nend\n', true],
    ['Sidekiq::Worker included', 'class Importer\n  include Sidekiq::Worker\nend\n', true],
    ['GitLab-style ApplicationWorker', 'class Importer\n  include ApplicationWorker\nend\n', true],
    ['a model', 'class Post < ApplicationRecord\n  include Searchable\nend\n', false],
    ['a class named Job, no job base', 'class Job < ApplicationRecord\nend\n', false],
    ['the word in a comment', '# runs as a Jobs::Base subclass later\nclass Client\nend\n', false],
  ])('%s', async (_name, text, expected) => {
    expect(declaresJob(await rootOf(text))).toBe(expected);
  });
});

describe('registersOmniAuthStrategy', () => {
  it.each<[string, string, boolean]>([
    ['an authenticator handed the builder', 'class Auth::GithubAuthenticator < Auth::ManagedAuthenticator\n  def register_middleware(omniauth)\n    omniauth.provider :github, setup: ->(env) {}\n  end\nend\n', true],
    ['a builder by another parameter name', 'class SsoSetup\n  def install(builder)\n    builder.provider :oauth2_basic, name: "corp"\n  end\nend\n', true],
    ['a provider call on a local, not a parameter', 'class Auth::X\n  def setup\n    omniauth = Builder.new\n    omniauth.provider :github\n  end\nend\n', false],
    ['an unrelated provider method', 'class Geo::Locator\n  def lookup(index)\n    index.provider :maxmind\n  end\nend\n', false],
    ['a strategy given by a variable', 'class Auth::X\n  def register_middleware(omniauth)\n    omniauth.provider name\n  end\nend\n', false],
  ])('%s', async (_name, text, expected) => {
    expect(registersOmniAuthStrategy(await rootOf(text))).toBe(expected);
  });
});

describe('webEntryNames', () => {
  it.each<[string, string, string[]]>([
    ['middleware inserted by the application', 'module Forum\n  class Application < Rails::Application\n    config.middleware.insert_after ActionDispatch::RemoteIp, Middleware::RequestThrottle\n  end\nend\n', ['ActionDispatch::RemoteIp', 'Forum::Application::ActionDispatch::RemoteIp', 'Forum::Application::Middleware::RequestThrottle', 'Forum::Middleware::RequestThrottle', 'Forum::ActionDispatch::RemoteIp', 'Middleware::RequestThrottle'].sort()],
    ['middleware used from an initializer', 'Rails.application.config.middleware.use ::Forum::AnonymousCache, ttl: 30\n', ['Forum::AnonymousCache']],
    ['a builder block', 'Rails.application.config.middleware.use OmniAuth::Builder do\n  Forum.authenticators.each { |a| a.register_middleware(self) }\nend\n', ['Forum', 'OmniAuth::Builder']],
    ['routes with a constraint', 'Rails.application.routes.draw do\n  constraints AdminConstraint.new do\n    mount Sidekiq::Web => "/sidekiq"\n  end\nend\n', ['AdminConstraint', 'Sidekiq::Web']],
    ['other settings name no entry', 'Rails.application.configure do\n  config.cache_store = :redis_cache_store, { url: Forum.redis_url }\nend\n', []],
  ])('%s', async (_name, text, expected) => {
    expect(webEntryNames(await rootOf(text))).toEqual(expected);
  });
});

describe('declaredConstants', () => {
  it.each<[string, string, string[]]>([
    ['a plugin class under its namespace', 'module QuorumAssist\n  module Completions\n    class Anthropic\n      def complete; end\n    end\n  end\nend\n', ['QuorumAssist::Completions::Anthropic']],
    ['a compact class name', 'class Auth::GitlabAuthenticator < Auth::Authenticator\nend\n', ['Auth::GitlabAuthenticator']],
    ['a module with code of its own, and its classes', 'module Jobs\n  def self.enqueue(name); end\n  class Base\n  end\n  class Scheduled < Base\n  end\nend\n', ['Jobs', 'Jobs::Base', 'Jobs::Scheduled']],
    ['a top-level class inside a module', 'module Plugin\n  class ::TopicExtension\n  end\nend\n', ['TopicExtension']],
    ['a module only wrapping a job', 'module Jobs\n  # the spam check\n  class CheckSpamPost < ::Jobs::Base\n  end\nend\n', ['Jobs::CheckSpamPost']],
  ])('%s', async (_name, text, expected) => {
    expect(declaredConstants(await rootOf(text)).sort()).toEqual(expected);
  });

  it('gives the namespace a reference is written in, not its own class for its name and superclass', async () => {
    const root = await rootOf('module QuorumAssist\n  class AssistController < ::ApplicationController\n    def x\n      Completions::Anthropic.new\n    end\n  end\nend\n');
    const [superclass, reference] = root.descendantsOfType('scope_resolution');
    expect(superclass && namespaceAt(superclass)).toBe('QuorumAssist');
    expect(reference && namespaceAt(reference)).toBe('QuorumAssist::AssistController');
  });
});
