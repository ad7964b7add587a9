# frozen_string_literal: true

class User < ApplicationRecord
  include LanguagesHelper
  include Redisable

  devise :two_factor_authenticatable, otp_secret_length: 32
  devise :two_factor_backupable, otp_number_of_backup_codes: 10
  devise :registerable, :recoverable, :validatable, :confirmable

  belongs_to :account, inverse_of: :user
  has_many :applications, class_name: 'Doorkeeper::Application', as: :owner, dependent: nil
  has_many :web_push_subscriptions, class_name: 'Web::PushSubscription', dependent: nil

  scope :signed_in_recently, -> { where(current_sign_in_at: 14.days.ago..) }

  def confirm
    new_user = !confirmed?
    super
    prepare_new_user! if new_user && approved?
  end

  def prepare_new_user!
    BootstrapTimelineWorker.perform_async(account_id)
    ActivityTracker.increment('activity:accounts:local')
    UserMailer.welcome(self).deliver_later(wait: 1.hour)
  end

  # Devise emails are queued to Sidekiq's mailers queue, never delivered inline.
  def send_devise_notification(notification, *args, **kwargs)
    devise_mailer.send(notification, self, *args, **kwargs).deliver_later
  end
end
