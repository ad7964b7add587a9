# frozen_string_literal: true

require File.expand_path("../boot", __FILE__)
require "active_record/railtie"
require "action_controller/railtie"
require "action_view/railtie"
require "action_mailer/railtie"
require "sprockets/railtie"

Bundler.require(*Rails.groups)

require_relative "../app/models/global_setting"
GlobalSetting.configure!

require_relative "../lib/threadhall_redis"

module Threadhall
  class Application < Rails::Application
    config.load_defaults 7.1
    config.autoload_paths += Dir["#{config.root}/lib"]
    config.eager_load_paths += %W[#{config.root}/app/jobs]
    config.time_zone = "UTC"
    config.encoding = "utf-8"
    config.active_record.schema_format = :sql

    config.cache_store = ThreadhallRedis.cache_store_config

    config.action_mailer.default_url_options = { host: GlobalSetting.hostname }

    # Sidekiq is the queue backend for ActiveJob-style mailers too
    config.active_job.queue_adapter = :sidekiq

    config.after_initialize do
      Dir[Rails.root.join("plugins", "*", "plugin.rb")].sort.each { |p| require p }
    end
  end
end
