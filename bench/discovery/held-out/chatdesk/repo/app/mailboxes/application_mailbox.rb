# Inbound email routing (Action Mailbox). Emails only arrive here when an ingress is
# configured via RAILS_INBOUND_EMAIL_SERVICE (relay/mailgun/sendgrid/...); it is blank
# in the shipped .env.example.
class ApplicationMailbox < ActionMailbox::Base
  include MailboxHelper

  # Last part is the regex for the UUID
  # Eg: email should be something like : reply+6bdc3f4d-0bec-4515-a284-5d916fdde489@domain.com
  REPLY_EMAIL_UUID_PATTERN = /^reply\+([0-9a-f]{8}\b-[0-9a-f]{4}\b-[0-9a-f]{4}\b-[0-9a-f]{4}\b-[0-9a-f]{12})$/i

  def self.reply_mail?
    proc do |inbound_mail_obj|
      is_a_reply_email = false
      inbound_mail_obj.mail.to&.each do |email|
        username = email.split('@')[0]
        match_result = username.match(REPLY_EMAIL_UUID_PATTERN)
        if match_result
          is_a_reply_email = true
          break
        end
      end
      is_a_reply_email
    end
  end

  routing(reply_mail? => :reply)
  routing(all: :support)
end
