# frozen_string_literal: true

threadhall_path = File.expand_path(File.expand_path(File.dirname(__FILE__)) + "/../")

enable_logstash_logger = ENV["ENABLE_LOGSTASH_LOGGER"] == "1"
unicorn_stderr_path = "#{threadhall_path}/log/unicorn.stderr.log"

worker_processes (ENV["UNICORN_WORKERS"] || 3).to_i
working_directory threadhall_path
listen ENV["UNICORN_LISTENER"] || "#{(ENV["UNICORN_BIND_ALL"] ? "" : "127.0.0.1:")}#{(ENV["UNICORN_PORT"] || 3000).to_i}"

listen "0.0.0.0:#{ENV["UNICORN_PORT"] || 3000}" if ENV["RAILS_ENV"] == "production"

timeout 30
pid (ENV["UNICORN_PID_PATH"] || "#{threadhall_path}/tmp/pids/unicorn.pid")

stderr_path unicorn_stderr_path unless enable_logstash_logger
stdout_path "#{threadhall_path}/log/unicorn.stdout.log" unless enable_logstash_logger

preload_app true

initialized = false
before_fork do |server, worker|
  unless initialized
    Threadhall.preload_rails!
    ActiveRecord::Base.connection.disconnect!
    $redis.close

    # Optionally run sidekiq inside the unicorn master (all-in-one installs).
    sidekiqs = ENV["UNICORN_SIDEKIQS"].to_i
    if sidekiqs > 0
      server.logger.info "starting #{sidekiqs} supervised sidekiqs"
      require "demon/sidekiq"
      Demon::Sidekiq.start(sidekiqs, logger: server.logger)
    end

    initialized = true
  end
  sleep 1
end

after_fork do |server, worker|
  ThreadhallRedis.reconnect
  ActiveRecord::Base.establish_connection
  MessageBus.after_fork
end
