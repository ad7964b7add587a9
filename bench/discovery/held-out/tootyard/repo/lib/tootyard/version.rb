# frozen_string_literal: true

module Tootyard
  module Version
    module_function

    def major = 4
    def minor = 3
    def patch = 2

    def to_s
      [major, minor, patch].join('.')
    end

    def source_base_url
      ENV.fetch('GITHUB_REPOSITORY_URL', 'https://github.com/tootyard/tootyard')
    end

    def user_agent
      @user_agent ||= "Tootyard/#{Version} (#{HTTP::Request::USER_AGENT}; +http#{Rails.configuration.x.use_https ? 's' : ''}://#{Rails.configuration.x.web_domain}/)"
    end
  end
end
