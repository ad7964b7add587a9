# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class GitLab
  class HttpClient < GraphQLClient
    attr_reader :verify_ssl

    def initialize(endpoint, api_token, verify_ssl: true)
      super(endpoint, api_token)
      @verify_ssl = verify_ssl
    end

    private

    def headers
      {
        'PRIVATE-TOKEN': api_token,
      }
    end
  end
end
