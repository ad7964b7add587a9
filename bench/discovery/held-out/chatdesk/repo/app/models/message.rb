class Message < ApplicationRecord
  include MessageFilterHelpers

  validates :account_id, presence: true
  validates :inbox_id, presence: true
  validates :conversation_id, presence: true

  enum message_type: { incoming: 0, outgoing: 1, activity: 2, template: 3 }
  enum content_type: { text: 0, input_text: 1, input_email: 7, cards: 5, form: 6, article: 8 }
  enum status: { sent: 0, delivered: 1, read: 2, failed: 3 }

  belongs_to :account
  belongs_to :inbox
  belongs_to :conversation, touch: true
  belongs_to :sender, polymorphic: true, optional: true

  has_many :attachments, dependent: :destroy, autosave: true, before_add: :validate_attachments_limit

  scope :created_since, ->(datetime) { where('created_at > ?', datetime) }
  scope :chat, -> { where.not(message_type: :activity).where(private: false) }

  after_create_commit :execute_after_create_commit_callbacks

  def push_event_data
    data = attributes.symbolize_keys.merge(created_at: created_at.to_i, message_type: message_type_before_type_cast)
    data[:attachments] = attachments.map(&:push_event_data) if attachments.present?
    data
  end

  private

  def execute_after_create_commit_callbacks
    send_reply
    dispatch_create_events
    send_conversation_reply_email
  end

  def send_reply
    # FIXME: Giving it few seconds for the attachment to be uploaded to the service
    # active storage attaches the file only after commit
    attachments.blank? ? ::SendReplyJob.perform_later(id) : ::SendReplyJob.set(wait: 2.seconds).perform_later(id)
  end

  def dispatch_create_events
    Rails.configuration.dispatcher.dispatch(MESSAGE_CREATED, Time.zone.now, message: self)
  end

  def send_conversation_reply_email
    return unless outgoing? && !private?
    return if conversation.contact.email.blank?

    # Emails are batched: the job picks all messages sent in the 2 minute window
    ConversationReplyEmailJob.set(wait: 2.minutes).perform_later(conversation.id, id)
  end

  def validate_attachments_limit(_attachment)
    errors.add(:attachments, message: 'exceeded maximum allowed') if attachments.size >= 15
  end
end
