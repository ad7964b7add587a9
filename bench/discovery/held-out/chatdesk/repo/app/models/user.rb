class User < ApplicationRecord
  include AccessTokenable
  include Avatarable
  # Include default devise modules.
  include DeviseTokenAuth::Concerns::User
  include Pubsubable

  devise :database_authenticatable,
         :registerable,
         :recoverable,
         :rememberable,
         :trackable,
         :validatable,
         :confirmable,
         :password_has_required_content

  has_many :account_users, dependent: :destroy_async
  has_many :accounts, through: :account_users
  has_many :assigned_conversations, foreign_key: 'assignee_id', class_name: 'Conversation', dependent: :nullify
  has_many :messages, as: :sender, dependent: :nullify

  validates :email, presence: true

  # Devise mails (confirmation, password reset) are enqueued and sent by sidekiq
  def send_devise_notification(notification, *args)
    devise_mailer.send(notification, self, *args).deliver_later
  end

  def availability_status
    OnlineStatusTracker.get_status(account.id, id) || 'offline'
  end
end
