# frozen_string_literal: true

# Set OTEL_* environment variables according to OTel docs:
# https://opentelemetry.io/docs/concepts/sdk-configuration/

if ENV.keys.any? { |name| name.match?(/OTEL_.*_ENDPOINT/) }
  require 'opentelemetry/sdk'
  require 'opentelemetry/exporter/otlp'

  require 'opentelemetry/instrumentation/active_job'
  require 'opentelemetry/instrumentation/pg'
  require 'opentelemetry/instrumentation/rails'
  require 'opentelemetry/instrumentation/redis'
  require 'opentelemetry/instrumentation/sidekiq'

  OpenTelemetry::SDK.configure do |c|
    c.use 'OpenTelemetry::Instrumentation::Pg', { peer_service: 'tootyard-postgres' }
    c.use 'OpenTelemetry::Instrumentation::Redis', { peer_service: 'tootyard-redis' }
    c.use 'OpenTelemetry::Instrumentation::Sidekiq', { span_naming: :job_class }
    c.use 'OpenTelemetry::Instrumentation::Rails'

    prefix = ENV.fetch('OTEL_SERVICE_NAME_PREFIX', 'tootyard')
    c.service_name = case $PROGRAM_NAME
                     when /puma/ then "#{prefix}/web"
                     else "#{prefix}/#{$PROGRAM_NAME.split('/').last}"
                     end
    c.service_version = Tootyard::Version.to_s
  end
end

TootyardOtelTracer = OpenTelemetry.tracer_provider.tracer('tootyard')
