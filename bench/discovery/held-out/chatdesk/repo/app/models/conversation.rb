class Conversation < ApplicationRecord
  include Labelable
  include AssignmentHandler
  include ActivityMessageHandler

  validates :account_id, presence: true
  validates :inbox_id, presence: true

  enum status: { open: 0, resolved: 1, pending: 2, snoozed: 3 }
  enum priority: { low: 0, medium: 1, high: 2, urgent: 3 }

  belongs_to :account
  belongs_to :inbox
  belongs_to :assignee, class_name: 'User', optional: true
  belongs_to :contact
  belongs_to :contact_inbox

  has_many :messages, dependent: :destroy_async, autosave: true

  after_create_commit :notify_conversation_creation
  after_update_commit :execute_after_update_commit_callbacks

  def can_reply?
    Conversations::MessageWindowService.new(self).can_reply?
  end

  def unread_messages
    messages.created_since(agent_last_seen_at)
  end

  def push_event_data
    Conversations::EventDataPresenter.new(self).push_data
  end

  private

  def execute_after_update_commit_callbacks
    notify_status_change
  end

  def notify_conversation_creation
    dispatcher_dispatch(CONVERSATION_CREATED)
  end

  def notify_status_change
    dispatcher_dispatch(CONVERSATION_STATUS_CHANGED) if saved_change_to_status?
  end

  def dispatcher_dispatch(event_name)
    Rails.configuration.dispatcher.dispatch(event_name, Time.zone.now, conversation: self, notifiable_assignee_change: false)
  end
end
