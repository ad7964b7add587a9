# frozen_string_literal: true

local_domain = ENV.fetch('LOCAL_DOMAIN', nil) || 'localhost:3000'
web_host     = ENV.fetch('WEB_DOMAIN', nil) || local_domain

https = Rails.env.production? || ENV['LOCAL_HTTPS'] == 'true'

Rails.application.configure do
  config.x.local_domain = local_domain
  config.x.web_domain   = web_host
  config.x.use_https    = https
  config.x.use_s3       = ENV['S3_ENABLED'] == 'true'
  config.x.streaming_api_base_url = ENV.fetch('STREAMING_API_BASE_URL') do
    if Rails.env.production?
      "ws#{https ? 's' : ''}://#{web_host}"
    else
      "ws://#{ENV['REMOTE_DEV'] == 'true' ? host.split(':').first : 'localhost'}:4000"
    end
  end

  config.x.http_client_proxy = {}
  config.x.http_client_hidden_proxy = ENV['http_hidden_proxy'].present? ? { proxy_address: ENV['http_hidden_proxy'] } : nil
  config.x.access_to_hidden_service = ENV['ALLOW_ACCESS_TO_HIDDEN_SERVICE'] == 'true'
end
