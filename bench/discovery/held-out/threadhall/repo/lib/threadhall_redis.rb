# frozen_string_literal: true

require "redis"
require "redis-namespace"

# Thin wrapper around the shared Redis connection used for caching, rate limits
# and distributed mutexes.
class ThreadhallRedis
  def self.raw_connection(config = nil)
    config ||= GlobalSetting.redis_config
    Redis.new(**config, reconnect_attempts: 2, connect_timeout: 5)
  end

  def self.cache_store_config
    [:redis_cache_store, { url: "redis://#{GlobalSetting.redis_host}:#{GlobalSetting.redis_port}/#{GlobalSetting.redis_db}", namespace: "cache" }]
  end

  def self.reconnect
    $redis&.close
    $redis = new
  end

  def initialize(config = nil, namespace: "default")
    @redis = ThreadhallRedis.raw_connection(config)
    @namespace = namespace
  end

  def without_namespace
    @redis
  end

  %i[get set setex del exists incr incrby expire ttl keys mget hget hset hgetall hdel sadd srem smembers zadd zrange publish].each do |cmd|
    define_method(cmd) do |*args, **kwargs|
      args[0] = "#{@namespace}:#{args[0]}" if args[0].is_a?(String)
      @redis.public_send(cmd, *args, **kwargs)
    end
  end

  def close
    @redis.close
  end
end

$redis = ThreadhallRedis.new
