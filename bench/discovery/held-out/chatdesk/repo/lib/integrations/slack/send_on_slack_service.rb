# Slack integration. Only runs for accounts that installed the Slack app, which
# requires SLACK_CLIENT_ID / SLACK_CLIENT_SECRET (blank in .env.example).
class Integrations::Slack::SendOnSlackService < Base::SendOnChannelService
  pattr_initialize [:message!, :hook!]

  def perform
    # overriding the base class logic since the validations are different in this case.
    # FIXME: for now we will only send messages from widget to slack
    return unless valid_channel_for_slack?
    # we don't want message loop in slack
    return if message.external_source_id_slack.present?
    # we don't want to start slack thread from agent conversation as of now
    return if message.outgoing? && conversation.identifier.blank?

    perform_reply
  end

  private

  def valid_channel_for_slack?
    # slack wouldn't be an ideal interface to reply to tweets, hence disabling that case
    !(channel.is_a?(Channel::TwitterProfile) && conversation.additional_attributes['type'] == 'tweet')
  end

  def perform_reply
    send_message
    return unless @slack_message

    update_reference_id
    update_external_source_id_slack
  end

  def message_content
    private_indicator = message.private? ? 'private: ' : ''
    sanitized_content = ActionView::Base.full_sanitizer.sanitize(message.content)
    "#{private_indicator}#{sanitized_content}"
  end

  def send_message
    post_message if message_content.present?
  end

  def post_message
    @slack_message = slack_client.chat_postMessage(
      channel: hook.reference_id,
      text: message_content,
      username: sender_name(message.sender),
      thread_ts: conversation.identifier,
      icon_url: avatar_url(message.sender),
      unfurl_links: conversation.inbox.web_widget?
    )
  end

  def sender_name(sender)
    sender.try(:name) ? "#{sender.try(:name)}" : 'Bot'
  end

  def avatar_url(sender)
    sender.try(:avatar_url) || "#{ENV.fetch('FRONTEND_URL', nil)}/assets/images/chatwoot_bot.png"
  end

  def update_reference_id
    return if conversation.identifier

    conversation.update!(identifier: @slack_message['ts'])
  end

  def update_external_source_id_slack
    return unless @slack_message['message']

    message.update!(external_source_id_slack: "cw-origin-#{@slack_message['message']['ts']}")
  end

  def slack_client
    @slack_client ||= Slack::Web::Client.new(token: hook.access_token)
  end
end
