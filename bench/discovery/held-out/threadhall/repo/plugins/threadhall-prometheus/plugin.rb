# frozen_string_literal: true

# name: threadhall-prometheus
# about: Exposes process metrics to a local prometheus_exporter collector
# version: 0.2

require "prometheus_exporter/client"

after_initialize do
  if ENV["THREADHALL_PROMETHEUS_ENABLED"] == "1"
    client = PrometheusExporter::Client.new(host: ENV.fetch("PROMETHEUS_EXPORTER_HOST", "localhost"), port: 9405)
    Threadhall.on(:sidekiq_job_ran) { |job, duration| client.send_json(type: "sidekiq", name: job.class.name, duration: duration) }
  end
end
