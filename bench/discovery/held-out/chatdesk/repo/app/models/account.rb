class Account < ApplicationRecord
  include FlagShihTzu
  include Reportable

  validates :name, presence: true

  has_many :account_users, dependent: :destroy_async
  has_many :users, through: :account_users
  has_many :inboxes, dependent: :destroy_async
  has_many :conversations, dependent: :destroy_async
  has_many :messages, dependent: :destroy_async
  has_many :contacts, dependent: :destroy_async
  has_many :hooks, dependent: :destroy_async, class_name: 'Integrations::Hook'
  has_many :facebook_pages, dependent: :destroy_async, class_name: '::Channel::FacebookPage'
  has_many :twilio_sms, dependent: :destroy_async, class_name: '::Channel::TwilioSms'
  has_many :web_widgets, dependent: :destroy_async, class_name: '::Channel::WebWidget'

  enum locale: { en: 0, fr: 1, de: 2, es: 3, pt_BR: 4 }
  enum status: { active: 0, suspended: 1 }

  def inbound_email_domain
    domain || GlobalConfig.get('MAILER_INBOUND_EMAIL_DOMAIN')['MAILER_INBOUND_EMAIL_DOMAIN'] || ENV.fetch('MAILER_INBOUND_EMAIL_DOMAIN', false)
  end

  def support_email
    super || ENV.fetch('MAILER_SENDER_EMAIL') { GlobalConfig.get('MAILER_SUPPORT_EMAIL')['MAILER_SUPPORT_EMAIL'] }
  end
end
