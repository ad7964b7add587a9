# frozen_string_literal: true

class Admin::EmailController < Admin::AdminController
  skip_before_action :verify_authenticity_token, only: %i[handle_mail]

  def index
    render json: { delivery_method: ActionMailer::Base.delivery_method, settings: GlobalSetting.smtp_settings.except(:password) }
  end

  # Sends synchronously so the admin sees SMTP errors immediately.
  def test
    params.require(:email_address)
    begin
      Jobs::TestEmail.new.execute(to_address: params[:email_address])
      render json: { sent_test_email_message: "sent" }
    rescue => e
      render json: { errors: [e.message] }, status: 422
    end
  end

  # Called by the mail-receiver container with the raw RFC822 message.
  def handle_mail
    params.require(:email_encoded)
    raw = Base64.strict_decode64(params[:email_encoded])
    Jobs.enqueue(:process_email, mail: raw, retry_on_rate_limit: true, source: :handle_mail)
    render plain: "email has been received and is queued for processing"
  end

  def rejected
    render json: SkippedEmailLog.order(created_at: :desc).limit(50)
  end
end
