# frozen_string_literal: true

require "net/pop"

module Jobs
  # Optional: fetch replies from a POP3 mailbox instead of running mail-receiver.
  class PollMailbox < ::Jobs::Scheduled
    every SiteSetting.pop3_polling_period_mins.minutes
    sidekiq_options retry: false

    def execute(args)
      return unless SiteSetting.pop3_polling_enabled?
      poll_pop3
    end

    def poll_pop3
      pop3 = Net::POP3.new(SiteSetting.pop3_polling_host, SiteSetting.pop3_polling_port)
      pop3.enable_ssl(OpenSSL::SSL::VERIFY_NONE) if SiteSetting.pop3_polling_ssl
      pop3.start(SiteSetting.pop3_polling_username, SiteSetting.pop3_polling_password) do |pop|
        pop.each_mail do |p|
          Email::Receiver.new(p.pop).process!
          p.delete if SiteSetting.pop3_polling_delete_from_server?
        end
      end
    rescue Net::OpenTimeout, Net::POPAuthenticationError => e
      Rails.logger.warn("POP3 polling failed: #{e.message}")
    end
  end
end
