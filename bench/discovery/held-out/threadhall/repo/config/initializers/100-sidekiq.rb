# frozen_string_literal: true

require "sidekiq/pausable"

redis_url = "redis://#{GlobalSetting.redis_host}:#{GlobalSetting.redis_port}/#{GlobalSetting.redis_db}"
sidekiq_redis = { url: redis_url, password: GlobalSetting.redis_password.presence, network_timeout: 5 }

Sidekiq.configure_client do |config|
  config.redis = sidekiq_redis
end

Sidekiq.configure_server do |config|
  config.redis = sidekiq_redis

  config.server_middleware do |chain|
    chain.add Sidekiq::Pausable
  end

  config.on(:startup) do
    require "mini_scheduler"
    MiniScheduler.configure do |c|
      c.redis = $redis.without_namespace
    end
    MiniScheduler.start
  end
end

Sidekiq.strict_args!(false)
Sidekiq.logger.level = Logger::WARN
