# frozen_string_literal: true

require_relative '../../lib/tootyard/sidekiq_middleware'

Sidekiq.configure_server do |config|
  config.redis = REDIS_CONFIGURATION.sidekiq

  # This is used in Kubernetes setups, to signal that the Sidekiq process has started and will begin processing jobs
  # This comes from https://github.com/sidekiq/sidekiq/wiki/Kubernetes#sidekiq
  ready_filename = ENV.fetch('TOOTYARD_SIDEKIQ_READY_FILENAME', nil)
  if ready_filename
    raise 'TOOTYARD_SIDEKIQ_READY_FILENAME is not a valid filename' if File.basename(ready_filename) != ready_filename

    ready_path = Rails.root.join('tmp', ready_filename)
    config.on(:startup) { FileUtils.touch(ready_path) }
    config.on(:shutdown) { FileUtils.rm_f(ready_path) }
  end

  if ENV['TOOTYARD_PROMETHEUS_EXPORTER_ENABLED'] == 'true'
    require 'prometheus_exporter'
    require 'prometheus_exporter/instrumentation'

    config.on :startup do
      PrometheusExporter::Instrumentation::Process.start type: 'sidekiq'
      PrometheusExporter::Instrumentation::SidekiqProcess.start
    end
  end

  config.server_middleware do |chain|
    chain.add Tootyard::SidekiqMiddleware
  end

  config.on(:startup) do
    if SelfDestructHelper.self_destruct?
      Sidekiq.schedule = {
        'self_destruct_scheduler' => { 'every' => '1m', 'class' => 'Scheduler::SelfDestructScheduler', 'queue' => 'scheduler' },
      }
      SidekiqScheduler::Scheduler.instance.reload_schedule!
    end
  end
end

Sidekiq.configure_client do |config|
  config.redis = REDIS_CONFIGURATION.sidekiq
end

Sidekiq.logger.level = ::Logger.const_get(ENV.fetch('RAILS_LOG_LEVEL', 'info').upcase.to_s)

SidekiqUniqueJobs.configure do |config|
  config.enabled         = !Rails.env.test?
  config.reaper          = :ruby
  config.reaper_count    = 1000
  config.reaper_interval = 600
  config.reaper_timeout  = 150
  config.lock_ttl        = 50.days.to_i
end
