# frozen_string_literal: true

if ENV['STATSD_ADDR'].present?
  ENV['STATSD_ENV'] ||= Rails.env
  ENV['STATSD_IMPLEMENTATION'] ||= 'datadog'

  require 'statsd-instrument'

  StatsD.prefix = ENV.fetch('STATSD_NAMESPACE', 'tootyard')
  StatsD.backend = StatsD::Instrument::Backends::UDPBackend.new(ENV['STATSD_ADDR'], :datadog)

  ActiveSupport::Notifications.subscribe(/performance/) do |name, _start, _finish, _id, payload|
    StatsD.increment(name, tags: payload.slice(:controller, :action))
  end
end
