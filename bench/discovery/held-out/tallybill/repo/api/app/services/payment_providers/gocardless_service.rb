# frozen_string_literal: true

module PaymentProviders
  class GocardlessService < BaseService
    PENDING_STATUSES = %w[pending_customer_approval pending_submission submitted confirmed].freeze
    SUCCESS_STATUSES = %w[paid_out].freeze

    def create_payment(invoice:, payment_provider:, mandate_id:)
      client(payment_provider).payments.create(
        params: {
          amount: invoice.total_amount_cents,
          currency: invoice.currency.upcase,
          retry_if_possible: false,
          metadata: {tallybill_customer_id: invoice.customer_id, tallybill_invoice_id: invoice.id},
          links: {mandate: mandate_id}
        },
        headers: {"Idempotency-Key" => "#{invoice.id}/#{invoice.payment_attempts}"}
      )
    end

    def create_customer(customer:, payment_provider:)
      gocardless_customer = client(payment_provider).customers.create(
        params: {
          email: customer.email&.strip&.split(",")&.first,
          company_name: customer.name,
          metadata: {tallybill_customer_id: customer.id}
        }
      )
      result.provider_customer_id = gocardless_customer.id
      result
    end

    def handle_incoming_webhook(organization_id:, body:, signature:, code: nil)
      provider = PaymentProviders::GocardlessProvider.find_by(organization_id:, code:)
      events = GoCardlessPro::Webhook.parse(request_body: body, signature_header: signature, webhook_endpoint_secret: provider&.webhook_secret)
      PaymentProviders::Gocardless::HandleEventJob.perform_later(events_json: body)
      result.events = events
      result
    rescue GoCardlessPro::Webhook::InvalidSignatureError
      result.service_failure!(code: "webhook_error", message: "Invalid signature")
    end

    private

    def client(payment_provider)
      @client ||= GoCardlessPro::Client.new(
        access_token: payment_provider.access_token,
        environment: ENV.fetch("TALLYBILL_GOCARDLESS_ENVIRONMENT", "live").to_sym
      )
    end
  end
end
