# frozen_string_literal: true

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.action_controller.perform_caching = true

  config.public_file_server.enabled = ENV['RAILS_SERVE_STATIC_FILES'] != 'false'

  config.force_ssl = true
  config.ssl_options = { redirect: { exclude: ->(request) { request.path.start_with?('/health') } } }

  config.log_level = ENV.fetch('RAILS_LOG_LEVEL', 'info').to_sym
  config.log_tags = [:request_id]

  # Use a different cache store in production.
  config.cache_store = :redis_cache_store, REDIS_CONFIGURATION.cache

  config.active_job.queue_adapter = :sidekiq

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.log_formatter = Logger::Formatter.new

  config.action_mailer.perform_caching = false
  config.action_mailer.default_url_options = {
    host: ENV.fetch('WEB_DOMAIN', ENV.fetch('LOCAL_DOMAIN', nil)),
    protocol: 'https',
  }

  config.action_mailer.delivery_method = ENV.fetch('SMTP_DELIVERY_METHOD', 'smtp').to_sym

  config.action_mailer.smtp_settings = {
    port: ENV.fetch('SMTP_PORT', nil),
    address: ENV.fetch('SMTP_SERVER', nil),
    user_name: ENV['SMTP_LOGIN'].presence,
    password: ENV['SMTP_PASSWORD'].presence,
    domain: ENV['SMTP_DOMAIN'] || ENV.fetch('LOCAL_DOMAIN', nil),
    authentication: ENV['SMTP_AUTH_METHOD'] == 'none' ? nil : ENV['SMTP_AUTH_METHOD'] || :plain,
    ca_file: ENV['SMTP_CA_FILE'].presence || '/etc/ssl/certs/ca-certificates.crt',
    openssl_verify_mode: ENV.fetch('SMTP_OPENSSL_VERIFY_MODE', nil),
    enable_starttls: ENV['SMTP_ENABLE_STARTTLS'] || 'auto',
    tls: ENV['SMTP_TLS'].presence && ENV['SMTP_TLS'] == 'true',
    ssl: ENV['SMTP_SSL'].presence && ENV['SMTP_SSL'] == 'true',
  }

  config.action_dispatch.default_headers = {
    'Server' => 'Tootyard',
    'X-Frame-Options' => 'DENY',
    'X-Content-Type-Options' => 'nosniff',
    'Referrer-Policy' => ENV.fetch('DEFAULT_REFERRER_POLICY', 'same-origin'),
  }

  config.active_record.dump_schema_after_migration = false
end
