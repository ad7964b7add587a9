Datadog.configure do |c|
  c.service = ENV.fetch('DD_SERVICE', 'kennelshop-backend')
  c.env = ENV['DD_ENV']
  c.version = ENV['DD_VERSION']
  c.agent.host = ENV.fetch('DD_AGENT_HOST', 'localhost')
  c.runtime_metrics.enabled = true
  c.profiling.enabled = true

  c.tracing.instrument :rails
  c.tracing.instrument :active_record, service_name: 'kennelshop-postgres'
  c.tracing.instrument :redis, service_name: 'kennelshop-redis'
  c.tracing.instrument :sidekiq, service_name: 'kennelshop-worker'
end
