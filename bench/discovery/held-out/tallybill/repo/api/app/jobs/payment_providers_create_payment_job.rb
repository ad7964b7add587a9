# frozen_string_literal: true

class PaymentProvidersCreatePaymentJob < ApplicationJob
  queue_as "providers"

  unique :until_executed, on_conflict: :log

  retry_on ::Stripe::RateLimitError, wait: :polynomially_longer, attempts: 6
  retry_on ::GoCardlessPro::RateLimitError, wait: :polynomially_longer, attempts: 6
  retry_on Faraday::ConnectionFailed, wait: :polynomially_longer, attempts: 6

  def perform(invoice:)
    provider = invoice.customer.payment_provider
    case provider&.to_sym
    when :stripe
      Invoices::Payments::StripeService.new(invoice).create
    when :gocardless
      Invoices::Payments::GocardlessService.new(invoice).create
    end
  end
end
