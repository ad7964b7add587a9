# frozen_string_literal: true

module Webhooks
  class GocardlessController < ApplicationController
    def create
      result = PaymentProviders::GocardlessService.new.handle_incoming_webhook(
        organization_id: params[:organization_id],
        code: params[:code].presence,
        body: request.body.read,
        signature: request.headers["Webhook-Signature"]
      )

      return head(:bad_request) unless result.success?

      head(:ok)
    end
  end
end
