#!/usr/bin/env ruby
# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

begin
  load File.expand_path('../bin/spring', __dir__)
rescue LoadError => e
  raise if e.message.exclude?('spring')
end

require_relative '../config/boot'
require_relative '../config/environment'

Rails.logger.info 'Starting background services...'

# Show log output on the console.
Rails.logger.broadcast_to(ActiveSupport::Logger.new($stdout)) if ENV['ZAMMAD_LOG_TO_STDOUT'] != 'false'

case ARGV[0]
when 'start'
  BackgroundServices.new(
    BackgroundServices.available_services.map { |service| BackgroundServices::ServiceConfig.configuration_from_env(ENV, service) }
  ).run
when 'list'
  BackgroundServices.available_services.each { |s| puts s.name.demodulize }
else
  puts "Usage: #{File.basename(__FILE__)} start|list"
  exit 1
end
