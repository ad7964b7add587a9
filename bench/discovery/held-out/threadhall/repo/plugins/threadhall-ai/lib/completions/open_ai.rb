# frozen_string_literal: true

require "net/http"

module ThreadhallAi
  module Completions
    class OpenAi
      class CompletionFailed < StandardError; end

      def initialize(model: SiteSetting.ai_helper_model)
        @model = model
      end

      def endpoint
        URI(SiteSetting.ai_openai_api_url.presence || "https://api.openai.com/v1/chat/completions")
      end

      def complete(messages, max_tokens: 800, temperature: 0.2)
        uri = endpoint
        http = Net::HTTP.new(uri.host, uri.port)
        http.use_ssl = uri.scheme == "https"
        http.read_timeout = 60

        request = Net::HTTP::Post.new(uri, "Content-Type" => "application/json", "Authorization" => "Bearer #{SiteSetting.ai_openai_api_key}")
        request.body = { model: @model, messages: messages, max_tokens: max_tokens, temperature: temperature }.to_json

        response = http.request(request)
        raise CompletionFailed, response.body unless response.is_a?(Net::HTTPSuccess)
        JSON.parse(response.body).dig("choices", 0, "message", "content")
      end
    end
  end
end
