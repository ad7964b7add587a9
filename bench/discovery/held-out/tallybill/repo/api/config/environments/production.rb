# frozen_string_literal: true

require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false

  config.active_storage.service = if ENV["TALLYBILL_USE_AWS_S3"].present? && ENV["TALLYBILL_USE_AWS_S3"] == "true"
    :amazon
  elsif ENV["TALLYBILL_USE_GCS"] == "true"
    :google
  elsif ENV["TALLYBILL_USE_AZURE"] == "true"
    :microsoft
  else
    :local
  end

  config.log_level = :info
  config.log_tags = [:request_id]
  config.lograge.enabled = true

  config.cache_store = :redis_cache_store, {
    url: ENV["TALLYBILL_REDIS_CACHE_URL"],
    password: ENV["TALLYBILL_REDIS_CACHE_PASSWORD"].presence,
    ssl_params: {verify_mode: OpenSSL::SSL::VERIFY_NONE},
    error_handler: ->(method:, returning:, exception:) { Rails.logger.warn(exception.message) }
  }

  config.active_job.queue_adapter = :sidekiq

  config.action_mailer.perform_caching = false
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.default_url_options = {host: ENV["TALLYBILL_FRONT_URL"]}
  config.action_mailer.smtp_settings = {
    address: ENV["TALLYBILL_SMTP_ADDRESS"],
    port: ENV["TALLYBILL_SMTP_PORT"],
    user_name: ENV["TALLYBILL_SMTP_USERNAME"],
    password: ENV["TALLYBILL_SMTP_PASSWORD"],
    authentication: "plain",
    enable_starttls_auto: true
  }

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
end
