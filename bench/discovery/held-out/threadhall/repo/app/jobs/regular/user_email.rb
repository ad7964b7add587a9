# frozen_string_literal: true

module Jobs
  class UserEmail < ::Jobs::Base
    sidekiq_options queue: "low"

    def execute(args)
      user = User.find_by(id: args[:user_id])
      return if user.nil? || user.suspended?

      message = UserNotifications.public_send(args[:type], user, post_id: args[:post_id], notification_id: args[:notification_id])
      Email::Sender.new(message, args[:type], user).send
    end
  end
end
