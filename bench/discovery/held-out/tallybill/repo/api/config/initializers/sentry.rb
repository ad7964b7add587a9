# frozen_string_literal: true

if ENV["SENTRY_DSN"].present?
  Sentry.init do |config|
    config.dsn = ENV["SENTRY_DSN"]
    config.breadcrumbs_logger = %i[active_support_logger http_logger]
    config.environment = ENV.fetch("SENTRY_ENVIRONMENT", Rails.env)
    config.traces_sample_rate = 0.05
  end
end
