# frozen_string_literal: true

class UserNotifications < ActionMailer::Base
  default from: -> { GlobalSetting.notification_email }

  def user_replied(user, opts = {})
    post = Post.find(opts[:post_id])
    @post = post
    mail(to: user.email, subject: "[#{SiteSetting.title}] #{post.topic.title}", reply_to: reply_by_email_address(post))
  end

  def signup(user, opts = {})
    @token = opts[:email_token]
    mail(to: user.email, subject: "Confirm your new account on #{SiteSetting.title}")
  end

  def digest(user, opts = {})
    @topics = Topic.for_digest(user, 1.week.ago).limit(10)
    mail(to: user.email, subject: "#{SiteSetting.title} Summary")
  end

  private

  def reply_by_email_address(post)
    return nil unless SiteSetting.reply_by_email_enabled
    SiteSetting.reply_by_email_address.sub("%{reply_key}", post.reply_key)
  end
end
