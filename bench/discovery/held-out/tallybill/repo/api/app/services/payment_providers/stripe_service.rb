# frozen_string_literal: true

module PaymentProviders
  class StripeService < BaseService
    def create_customer(customer:, payment_provider:)
      stripe_customer = ::Stripe::Customer.create(
        {
          address: customer_address(customer),
          email: customer.email&.strip&.split(",")&.first,
          name: customer.name,
          metadata: {tallybill_customer_id: customer.id, customer_id: customer.external_id}
        },
        {
          api_key: payment_provider.secret_key,
          idempotency_key: "#{customer.id}-#{customer.updated_at.to_i}"
        }
      )

      result.provider_customer_id = stripe_customer.id
      result
    rescue ::Stripe::AuthenticationError, ::Stripe::InvalidRequestError => e
      deliver_error_webhook(customer:, error: e)
      result.service_failure!(code: "stripe_error", message: e.message)
    end

    def create_payment_intent(invoice:, payment_provider:, stripe_customer_id:)
      ::Stripe::PaymentIntent.create(
        {
          amount: invoice.total_amount_cents,
          currency: invoice.currency.downcase,
          customer: stripe_customer_id,
          confirm: true,
          off_session: true,
          error_on_requires_action: true,
          description: "#{invoice.organization.name} - Invoice #{invoice.number}",
          metadata: {tallybill_invoice_id: invoice.id, invoice_type: invoice.invoice_type}
        },
        {api_key: payment_provider.secret_key, idempotency_key: "#{invoice.id}/#{invoice.payment_attempts}"}
      )
    end

    def register_webhook(payment_provider)
      ::Stripe::WebhookEndpoint.create(
        {
          url: "#{ENV["TALLYBILL_API_URL"]}/webhooks/stripe/#{payment_provider.organization_id}?code=#{payment_provider.code}",
          enabled_events: %w[setup_intent.succeeded payment_intent.succeeded payment_intent.payment_failed charge.refund.updated]
        },
        {api_key: payment_provider.secret_key}
      )
    end

    private

    def customer_address(customer)
      {
        city: customer.city,
        country: customer.country,
        line1: customer.address_line1,
        line2: customer.address_line2,
        postal_code: customer.zipcode,
        state: customer.state
      }
    end
  end
end
