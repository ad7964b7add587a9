# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class GraphQLClient
  attr_reader :endpoint, :api_token

  def initialize(endpoint, api_token)
    @endpoint  = endpoint
    @api_token = api_token
  end

  def perform(query:, variables: {})
    response = UserAgent.post(
      endpoint,
      {
        query:     query,
        variables: variables,
      },
      {
        headers:      headers,
        json:         true,
        open_timeout: 6,
        read_timeout: 16,
        log:          { facility: self.class.name.deconstantize },
        verify_ssl:   true,
      },
    )

    if !response.success?
      Rails.logger.error response.error
      raise __('GraphQL request failed.')
    end

    data = response.data
    if data['errors'].present?
      raise data['errors'].map { |e| e['message'] }.join(', ')
    end

    data
  end

  private

  def headers
    {
      Authorization: "Bearer #{api_token}",
    }
  end
end
