# frozen_string_literal: true

class Tootyard::RedisConfiguration
  DEFAULTS = {
    host: 'localhost',
    port: 6379,
    db: 0,
  }.freeze

  def base
    @base ||= setup_config(prefix: nil, defaults: DEFAULTS)
      .merge(namespace: base_namespace)
  end

  def sidekiq
    @sidekiq ||= setup_config(prefix: 'SIDEKIQ_')
  end

  def cache
    @cache ||= setup_config(prefix: 'CACHE_')
               .merge({
                 namespace: cache_namespace,
                 expires_in: 10.minutes,
                 connect_timeout: 5,
                 pool: {
                   size: Sidekiq.server? ? Sidekiq[:concurrency] : Integer(ENV['MAX_THREADS'] || 5),
                   timeout: 5,
                 },
               })
  end

  private

  def driver
    ENV['REDIS_DRIVER'] == 'ruby' ? :ruby : :hiredis
  end

  def base_namespace
    return "tootyard_test#{ENV.fetch('TEST_ENV_NUMBER', nil)}" if Rails.env.test?

    ENV.fetch('REDIS_NAMESPACE', nil)
  end

  def cache_namespace
    namespace = base_namespace
    namespace ? "#{namespace}_cache" : 'cache'
  end

  def setup_config(prefix: nil, defaults: {})
    prefix = "#{prefix}REDIS_"

    url       = ENV.fetch("#{prefix}URL", nil)
    user      = ENV.fetch("#{prefix}USER", nil)
    password  = ENV.fetch("#{prefix}PASSWORD", nil)
    host      = ENV.fetch("#{prefix}HOST", defaults[:host])
    port      = ENV.fetch("#{prefix}PORT", defaults[:port])
    db        = ENV.fetch("#{prefix}DB", defaults[:db])

    return { url:, driver: } if url

    sentinel_options = setup_sentinels(prefix, default_user: user, default_password: password)

    if sentinel_options.present?
      host = sentinel_options[:name]
      port = nil
      db ||= 0
    end

    url = construct_uri(host, port, db, user, password)

    if url.present?
      { url:, driver: }.merge(sentinel_options)
    else
      # Fall back to base config, which has default values if ENV vars
      # are not set. This has the advantage that the base config can use
      # defaults where sidekiq or cache configs cannot.
      base.dup
    end
  end

  def setup_sentinels(prefix, default_user: nil, default_password: nil)
    name = ENV.fetch("#{prefix}SENTINEL_MASTER", nil)
    sentinels = ENV.fetch("#{prefix}SENTINELS", nil)
    return {} if name.blank? || sentinels.blank?

    { name:, sentinels: sentinels.split(',').map { |s| { host: s.split(':').first, port: (s.split(':').last || 26_379).to_i } } }
  end

  def construct_uri(host, port, db, user, password)
    return nil if host.blank?

    Addressable::URI.parse("redis://#{host}:#{port}/#{db}").tap do |uri|
      uri.user = user if user.present?
      uri.password = password if password.present?
    end.normalize.to_str
  end
end
