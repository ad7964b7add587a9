require_relative 'boot'

require 'rails'
require 'active_record/railtie'
require 'action_controller/railtie'

Bundler.require(*Rails.groups)

module Opbrew
  class Application < Rails::Application
    config.load_defaults 7.1
    config.api_only = true

    config.opbeans_services = ENV.fetch('OPBEANS_SERVICES', '').split(',').map(&:strip).reject(&:empty?)
    config.opbeans_dt_probability = ENV.fetch('OPBEANS_DT_PROBABILITY', '0.5').to_f
  end
end
