# frozen_string_literal: true

redis_config = {
  url: ENV["REDIS_URL"],
  pool_timeout: 5,
  ssl_params: {verify_mode: OpenSSL::SSL::VERIFY_NONE}
}
redis_config[:password] = ENV["REDIS_PASSWORD"] if ENV["REDIS_PASSWORD"].present?

Sidekiq.configure_server do |config|
  config.redis = redis_config
  config.logger = Sidekiq::Logger.new($stdout)
  config.logger.level = Logger::INFO

  if ENV["TALLYBILL_SIDEKIQ_WEB"] != "true"
    config.on(:startup) do
      require "webrick"
      Thread.new { WEBrick::HTTPServer.new(Port: 8080, AccessLog: []).tap { |s| s.mount_proc("/") { |_, r| r.body = "OK" } }.start }
    end
  end
end

Sidekiq.configure_client do |config|
  config.redis = redis_config
end
