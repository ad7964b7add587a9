# frozen_string_literal: true

if ENV['TOOTYARD_PROMETHEUS_EXPORTER_ENABLED'] == 'true'
  if ENV['TOOTYARD_PROMETHEUS_EXPORTER_LOCAL'] == 'true'
    require 'prometheus_exporter/server'
    require 'prometheus_exporter/client'

    # bind is the address, on which the webserver will listen
    # port is the port that will provide the /metrics route
    server = PrometheusExporter::Server::WebServer.new bind: ENV.fetch('TOOTYARD_PROMETHEUS_EXPORTER_HOST', 'localhost'), port: ENV.fetch('TOOTYARD_PROMETHEUS_EXPORTER_PORT', '9394').to_i
    server.start

    PrometheusExporter::Client.default = PrometheusExporter::LocalClient.new(collector: server.collector)
  end
end
