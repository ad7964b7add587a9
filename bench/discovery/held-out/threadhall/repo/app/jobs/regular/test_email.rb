# frozen_string_literal: true

module Jobs
  class TestEmail < ::Jobs::Base
    sidekiq_options queue: "critical"

    def execute(args)
      raise Threadhall::InvalidParameters.new(:to_address) if args[:to_address].blank?
      message = TestMailer.send_test(args[:to_address])
      Email::Sender.new(message, :test_message).send
    end
  end
end
