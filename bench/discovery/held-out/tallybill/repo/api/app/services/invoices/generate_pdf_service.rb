# frozen_string_literal: true

module Invoices
  class GeneratePdfService < BaseService
    def initialize(invoice:, context: nil)
      @invoice = invoice
      @context = context
      super
    end

    def call
      return result.not_found_failure!(resource: "invoice") if invoice.blank?
      return result if invoice.file.present?

      generate_pdf
      SegmentTrackJob.perform_later(membership_id: CurrentContext.membership, event: "invoice_created", properties: {invoice_id: invoice.id})

      result.invoice = invoice
      result
    end

    private

    attr_reader :invoice, :context

    def generate_pdf
      I18n.with_locale(invoice.customer.preferred_document_locale) do
        pdf_content = Utils::PdfGenerator.new(template: "invoices/v4", context: invoice).call

        invoice.file.attach(
          io: pdf_content,
          filename: "#{invoice.number}.pdf",
          content_type: "application/pdf"
        )
        invoice.save!
      end
    end
  end
end
