# frozen_string_literal: true

module Email
  # Wraps ActionMailer delivery (SMTP configured in config/environments/production.rb)
  # and records an EmailLog row for each message.
  class Sender
    def initialize(message, email_type, user = nil)
      @message = message
      @email_type = email_type
      @user = user
    end

    def send
      return skip("message_blank") if @message.blank?
      return skip("to_blank") if @message.to.blank?

      @message.header["X-Threadhall-Email-Type"] = @email_type.to_s
      @message.header["List-ID"] = "<#{GlobalSetting.hostname}>"
      @message.from = GlobalSetting.notification_email if @message.from.blank?

      begin
        @message.deliver!
      rescue Net::SMTPAuthenticationError, Net::SMTPServerBusy, Net::ReadTimeout => e
        return skip("smtp_error", e.message)
      end

      EmailLog.create!(email_type: @email_type, to_address: @message.to.first, user_id: @user&.id, message_id: @message.message_id)
    end

    private

    def skip(reason, detail = nil)
      SkippedEmailLog.create!(email_type: @email_type, to_address: Array(@message&.to).first, reason: reason, custom_reason: detail)
      nil
    end
  end
end
