# frozen_string_literal: true

require "net/http"

# Delivers webhooks to the URLs each organization registers via webhook_endpoints.
class SendWebhookJob < ApplicationJob
  queue_as "webhook"

  retry_on Net::ReadTimeout, Net::OpenTimeout, wait: :polynomially_longer,
    attempts: ENV.fetch("TALLYBILL_WEBHOOK_ATTEMPTS", 3).to_i

  def perform(webhook_type, object, options = {}, webhook_id = nil)
    webhook = Webhook.find(webhook_id) if webhook_id
    organization = object.organization

    organization.webhook_endpoints.each do |endpoint|
      uri = URI.parse(endpoint.webhook_url)
      http = Net::HTTP.new(uri.host, uri.port)
      http.use_ssl = uri.scheme == "https"
      http.read_timeout = 30

      request = Net::HTTP::Post.new(uri.request_uri, {
        "Content-Type" => "application/json",
        "X-Tallybill-Signature" => WebhookSignature.new(endpoint, object).generate,
        "X-Tallybill-Signature-Algorithm" => endpoint.signature_algo
      })
      request.body = Webhooks::Payload.build(webhook_type, object, options).to_json

      response = http.request(request)
      (webhook || Webhook.new(webhook_endpoint: endpoint)).update!(http_status: response.code, status: response.is_a?(Net::HTTPSuccess) ? :succeeded : :failed)
    end
  end
end
