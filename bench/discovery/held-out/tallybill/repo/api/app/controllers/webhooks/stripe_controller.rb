# frozen_string_literal: true

module Webhooks
  class StripeController < ApplicationController
    def create
      result = InboundWebhooks::CreateService.call(
        organization_id: params[:organization_id],
        webhook_source: :stripe,
        code: params[:code].presence,
        payload: request.body.read,
        signature: request.headers["HTTP_STRIPE_SIGNATURE"],
        event_type: params[:type]
      )

      return head(:bad_request) unless result.success?

      head(:ok)
    end
  end
end
