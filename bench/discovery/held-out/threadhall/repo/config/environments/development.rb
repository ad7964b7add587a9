# frozen_string_literal: true

Threadhall::Application.configure do
  config.cache_classes = false
  config.eager_load = false
  config.consider_all_requests_local = true
  config.action_controller.perform_caching = false
  config.active_support.deprecation = :log
  config.assets.debug = false

  if ENV["THREADHALL_SMTP_ADDRESS"]
    config.action_mailer.delivery_method = :smtp
    config.action_mailer.smtp_settings = { address: ENV["THREADHALL_SMTP_ADDRESS"], port: (ENV["THREADHALL_SMTP_PORT"] || 1025).to_i }
  else
    config.action_mailer.delivery_method = :letter_opener
  end
  config.action_mailer.raise_delivery_errors = true
end
