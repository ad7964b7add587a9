# frozen_string_literal: true

class TestMailer < ActionMailer::Base
  def send_test(to_address)
    mail(to: to_address, from: GlobalSetting.notification_email, subject: "Threadhall email deliverability test", body: "This is a test.")
  end
end
