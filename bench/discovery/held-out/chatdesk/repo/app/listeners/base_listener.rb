class BaseListener
  include Singleton

  def extract_conversation_and_account(event)
    conversation = event.data[:conversation]
    [conversation, conversation.account]
  end

  def extract_message_and_account(event)
    message = event.data[:message]
    [message, message.account]
  end
end
