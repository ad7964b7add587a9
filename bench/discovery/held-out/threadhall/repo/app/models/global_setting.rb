# frozen_string_literal: true

# Reads process-wide settings from config/threadhall_defaults.conf, an optional
# config/threadhall.conf and THREADHALL_* environment variables (highest priority).
class GlobalSetting
  class FileProvider
    attr_reader :data

    def self.from(file)
      parse(file) if File.exist?(file)
    end

    def self.parse(file)
      provider = self.new(file)
      provider.read
      provider
    end

    def initialize(file)
      @file = file
      @data = {}
    end

    def read
      ERB.new(File.read(@file)).result().split("\n").each do |line|
        if line =~ /\A\s*([a-z_]+[a-z0-9_]*)\s*=\s*(\"([^\"]*)\"|\'([^\']*)\'|[^#]*)/
          @data[$1.strip.to_sym] = ($4 || $3 || $2).strip
        end
      end
    end

    def lookup(key, default)
      var = @data[key]
      var.nil? || var == "" ? default : var
    end

    def keys
      @data.keys
    end
  end

  class EnvProvider
    def lookup(key, default)
      var = ENV["THREADHALL_" + key.to_s.upcase]
      var.nil? || var.strip == "" ? default : var
    end

    def keys
      ENV.keys.select { |k| k =~ /\ATHREADHALL_/ }.map { |k| k.sub(/\ATHREADHALL_/, "").downcase.to_sym }
    end
  end

  class BlankProvider
    def lookup(key, default)
      default
    end

    def keys
      []
    end
  end

  def self.configure!
    @defaults = FileProvider.from(File.expand_path("../../../config/threadhall_defaults.conf", __FILE__))
    @file = FileProvider.from(File.expand_path("../../../config/threadhall.conf", __FILE__)) || BlankProvider.new
    @env = EnvProvider.new

    @defaults.keys.each do |key|
      define_singleton_method(key) do
        val = @env.lookup(key, nil)
        val = @file.lookup(key, nil) if val.nil?
        val = @defaults.lookup(key, nil) if val.nil?
        case val
        when "true" then true
        when "false" then false
        else val
        end
      end
    end
  end

  def self.use_s3?
    use_s3 == true && s3_bucket.present?
  end

  def self.smtp_settings
    {
      address: smtp_address,
      port: smtp_port.to_i,
      domain: smtp_domain.presence || hostname,
      user_name: smtp_user_name.presence,
      password: smtp_password.presence,
      authentication: smtp_authentication,
      enable_starttls_auto: smtp_enable_start_tls,
      open_timeout: smtp_open_timeout.to_i,
      read_timeout: smtp_read_timeout.to_i,
    }.compact
  end

  def self.redis_config
    {
      host: redis_host,
      port: redis_port.to_i,
      password: redis_password.presence,
      db: redis_db.to_i,
      ssl: redis_use_ssl,
    }.compact
  end

  def self.message_bus_redis_config
    return redis_config unless message_bus_redis_enabled
    { host: message_bus_redis_host, port: message_bus_redis_port.to_i }
  end
end
