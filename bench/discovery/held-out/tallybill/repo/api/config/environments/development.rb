# frozen_string_literal: true

Rails.application.configure do
  config.cache_classes = false
  config.eager_load = false
  config.consider_all_requests_local = true
  config.active_storage.service = :local
  config.cache_store = :memory_store
  config.action_mailer.delivery_method = :letter_opener_web
  config.action_mailer.default_url_options = {host: "localhost", port: 3000}
  config.active_job.queue_adapter = :sidekiq
  config.hosts << "api.tallybill.localhost"
end
