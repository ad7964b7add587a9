# frozen_string_literal: true

# Puma is supported for development only; production uses unicorn (see config/unicorn.conf.rb).
if ENV["RAILS_ENV"] == "production"
  threadhall_path = File.expand_path(File.expand_path(File.dirname(__FILE__)) + "/../")
  directory threadhall_path
  pidfile "#{threadhall_path}/tmp/pids/puma.pid"
end

threads_count = ENV.fetch("RAILS_MAX_THREADS", 5).to_i
threads threads_count, threads_count
workers ENV.fetch("PUMA_WORKERS", 0).to_i
port ENV.fetch("PORT", 3000)
bind "tcp://127.0.0.1:#{ENV.fetch("PORT", 3000)}"
