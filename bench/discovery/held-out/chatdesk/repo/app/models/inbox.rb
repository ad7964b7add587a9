class Inbox < ApplicationRecord
  include Reportable
  include Avatarable

  validates :name, presence: true
  validates :account_id, presence: true

  belongs_to :account
  belongs_to :channel, polymorphic: true, dependent: :destroy

  has_many :contact_inboxes, dependent: :destroy_async
  has_many :contacts, through: :contact_inboxes
  has_many :conversations, dependent: :destroy_async
  has_many :messages, dependent: :destroy_async
  has_many :inbox_members, dependent: :destroy_async

  def facebook?
    channel_type == 'Channel::FacebookPage'
  end

  def web_widget?
    channel_type == 'Channel::WebWidget'
  end

  def twilio?
    channel_type == 'Channel::TwilioSms'
  end

  def email?
    channel_type == 'Channel::Email'
  end

  def inbox_type
    channel.name
  end
end
