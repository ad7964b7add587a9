# frozen_string_literal: true

ENV['RAILS_ENV'] ||= 'test'

require File.expand_path('../config/environment', __dir__)
RUN_SYSTEM_SPECS = ENV.fetch('RUN_SYSTEM_SPECS', false)
require 'rspec/rails'
require 'webmock/rspec'
require 'paperclip/matchers'
require 'capybara/rspec'
require 'chewy/rspec'
require 'redis/namespace'

WebMock.disable_net_connect!(
  allow: Chewy.settings[:host],
  allow_localhost: RUN_SYSTEM_SPECS
)
Sidekiq.logger = nil

RSpec.configure do |config|
  config.fixture_paths = [Rails.root.join('spec', 'fixtures')]
  config.use_transactional_fixtures = true
  config.infer_spec_type_from_file_location!

  config.around(:each, type: :search) do |example|
    Chewy.settings[:enabled] = true
    Chewy.strategy(:urgent) { example.run }
    Chewy.settings[:enabled] = false
  end

  config.before :each, type: :cli do
    stub_reset_connection_pools
  end

  config.after :each do
    Rails.cache.clear
    redis.del(redis.keys)
  end
end

def stub_hcaptcha_verification(success: true)
  stub_request(:post, 'https://api.hcaptcha.com/siteverify').to_return(status: 200, body: { success: success }.to_json)
end

def stub_reset_connection_pools
  allow(ActiveRecord::Base).to receive(:establish_connection)
  allow(RedisConnection).to receive(:establish_pool)
end
