# frozen_string_literal: true

# MessageBus delivers live updates (new posts, notifications) to browsers via
# long polling on /message-bus. Backed by Redis pub/sub.
MessageBus.configure(
  backend: :redis,
  url: "redis://#{GlobalSetting.message_bus_redis_config[:host]}:#{GlobalSetting.message_bus_redis_config[:port]}",
)

MessageBus.site_id_lookup { |env| "default" }

MessageBus.user_id_lookup do |env|
  req = Rack::Request.new(env)
  CurrentUser.lookup_from_env(env)&.id
end

MessageBus.group_ids_lookup do |env|
  user = CurrentUser.lookup_from_env(env)
  user ? user.group_ids : []
end

MessageBus.on_middleware_error do |env, e|
  if Threadhall::InvalidAccess === e
    [403, {}, ["Invalid Access"]]
  elsif RateLimiter::LimitExceeded === e
    [429, { "Retry-After" => e.available_in.to_s }, [e.description]]
  end
end

MessageBus.long_polling_interval = 25_000
MessageBus.keepalive_interval = 60
MessageBus.reliable_pub_sub.max_backlog_size = 100
