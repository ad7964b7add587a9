# Receives inbound SMS/WhatsApp from Twilio for inboxes of type Channel::TwilioSms.
# Only reachable from Twilio once a Twilio inbox has been configured in the UI.
class Twilio::CallbackController < ApplicationController
  def create
    Webhooks::TwilioEventsJob.perform_later(permitted_params.to_unsafe_hash)

    head :no_content
  end

  private

  def permitted_params
    params.permit(
      :ApiVersion, :SmsSid, :From, :ToState, :ToZip, :AccountSid, :MessageSid,
      :FromCountry, :ToCity, :FromCity, :To, :FromZip, :Body, :ToCountry, :FromState,
      :MessagingServiceSid, :NumMedia, :MediaContentType0, :MediaUrl0
    )
  end
end
