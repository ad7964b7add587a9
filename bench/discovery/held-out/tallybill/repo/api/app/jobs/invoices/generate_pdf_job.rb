# frozen_string_literal: true

module Invoices
  class GeneratePdfJob < ApplicationJob
    queue_as "invoices"

    retry_on Faraday::ConnectionFailed, wait: :polynomially_longer, attempts: 6

    def perform(invoice)
      result = Invoices::GeneratePdfService.call(invoice:)
      result.raise_if_error!

      SendWebhookJob.perform_later("invoice.generated", invoice)
      InvoiceMailer.with(invoice:).finalized.deliver_later if invoice.organization.email_settings.include?("invoice.finalized")
    end
  end
end
