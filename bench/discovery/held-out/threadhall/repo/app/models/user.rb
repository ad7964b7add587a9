# frozen_string_literal: true

class User < ActiveRecord::Base
  has_many :posts
  has_many :topics
  has_many :user_associated_accounts
  has_many :group_users
  has_many :groups, through: :group_users

  validates :username, presence: true, uniqueness: { case_sensitive: false }

  def self.find_by_email(email)
    joins("JOIN user_emails ue ON ue.user_id = users.id").find_by("lower(ue.email) = ?", email.to_s.downcase)
  end

  def staff?
    admin || moderator
  end

  def suspended?
    suspended_till.present? && suspended_till > Time.zone.now
  end
end
