# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class BackgroundServices
  def self.available_services
    BackgroundServices::Service.descendants
  end

  attr_reader :config

  def initialize(config)
    @config = Array(config)
  end

  def run
    Rails.logger.debug 'Starting BackgroundServices...'

    Zammad::ProcessDebug.install_thread_status_handler

    config
      .in_order_of(:start_as, %i[fork thread])
      .each do |service_config|
        run_service service_config
      end

    Process.waitall

    loop do
      sleep 1
    end
  rescue Interrupt
    nil
  ensure
    Rails.logger.debug('Stopping BackgroundServices.')
  end

  private

  def run_service(service_config)
    if !service_config.enabled?
      Rails.logger.debug { "Skipping disabled service #{service_config.service.service_name}." }
      return
    end

    service_config.service.pre_run

    case service_config.start_as
    when :fork
      start_as_forks(service_config.service, service_config.workers)
    when :thread
      start_as_thread(service_config.service)
    end
  end

  def start_as_forks(service, forks)
    (1..forks).map do
      Process.fork do
        Process.setproctitle("#{$PROGRAM_NAME} #{service.service_name}")
        ActiveRecord::Base.establish_connection
        run_service_loop(service)
      end
    end
  end

  def start_as_thread(service)
    Thread.new do
      Thread.current.abort_on_exception = true
      Rails.application.executor.wrap do
        run_service_loop(service)
      end
    end
  end

  def run_service_loop(service)
    loop do
      service.new.run
    end
  end

  class ServiceConfig
    attr_reader :service, :disabled, :workers, :start_as

    def self.configuration_from_env(input, service)
      env_prefix = "ZAMMAD_#{service.service_name.underscore.upcase}"
      new(
        service:  service,
        disabled: ActiveModel::Type::Boolean.new.cast(input["#{env_prefix}_DISABLE"]) || false,
        workers:  input["#{env_prefix}_WORKERS"].to_i,
      )
    end

    def initialize(service:, disabled:, workers:)
      @service  = service
      @disabled = disabled
      @workers  = workers
      @start_as = workers.positive? ? :fork : :thread
    end

    def enabled?
      !disabled
    end
  end
end
