# frozen_string_literal: true

Threadhall::Application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.action_controller.perform_caching = true
  config.public_file_server.enabled = GlobalSetting.serve_static_assets
  config.assets.compile = false
  config.log_level = :info

  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = GlobalSetting.smtp_settings
  config.action_mailer.raise_delivery_errors = true

  config.active_support.deprecation = :notify
  config.force_ssl = false
end
