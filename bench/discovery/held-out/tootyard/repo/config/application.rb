# frozen_string_literal: true

require_relative 'boot'

require 'rails'

require 'active_record/railtie'
require 'action_controller/railtie'
require 'action_view/railtie'
require 'action_mailer/railtie'
require 'active_job/railtie'

Bundler.require(*Rails.groups)

require_relative '../lib/tootyard/redis_configuration'
require_relative '../lib/tootyard/version'

Dotenv::Railtie.load

REDIS_CONFIGURATION = Tootyard::RedisConfiguration.new

module Tootyard
  class Application < Rails::Application
    config.load_defaults 7.1

    config.active_job.queue_adapter = :sidekiq
    config.active_record.encryption.key_derivation_salt = ENV.fetch('ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT', nil)

    config.i18n.available_locales = %i(en de fr ja es)
    config.i18n.default_locale = ENV['DEFAULT_LOCALE']&.to_sym || :en

    config.eager_load_paths << Rails.root.join('app', 'lib')

    config.x.translation = config_for(:translation)

    config.to_prepare do
      Doorkeeper::AuthorizationsController.layout 'modal'
    end
  end
end
