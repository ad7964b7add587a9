# frozen_string_literal: true

class InvoiceMailer < ApplicationMailer
  def finalized
    @invoice = params[:invoice]
    @customer = @invoice.customer
    @organization = @invoice.organization

    return if @customer.email.blank?

    I18n.with_locale(@customer.preferred_document_locale) do
      attachments["invoice-#{@invoice.number}.pdf"] = @invoice.file.download if @invoice.file.attached?

      mail(
        to: @customer.email,
        from: email_address_with_name(ENV["TALLYBILL_FROM_EMAIL"], @organization.name),
        reply_to: @organization.email,
        subject: I18n.t("email.invoice.finalized.subject", organization_name: @organization.name, invoice_number: @invoice.number)
      )
    end
  end
end
