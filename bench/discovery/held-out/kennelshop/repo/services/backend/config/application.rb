require_relative "boot"

require "rails/all"

Bundler.require(*Rails.groups)

module KennelShop
  class Application < Rails::Application
    config.to_prepare do
      # Load application's model / class decorators
      Dir.glob(File.join(File.dirname(__FILE__), "../app/**/*_decorator*.rb")) do |c|
        Rails.configuration.cache_classes ? require(c) : load(c)
      end
    end

    config.load_defaults 6.1
    config.active_job.queue_adapter = :sidekiq

    config.middleware.insert_before 0, Rack::Cors do
      allow do
        origins '*'
        resource '/api/*', headers: :any, methods: %i[get post patch put delete options]
      end
    end

    config.lograge.enabled = true
    config.lograge.custom_options = lambda do |_event|
      correlation = Datadog::Tracing.correlation
      { dd: { trace_id: correlation.trace_id.to_s, span_id: correlation.span_id.to_s } }
    end
  end
end
