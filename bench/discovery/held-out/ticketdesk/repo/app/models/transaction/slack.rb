# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class Transaction::Slack

  #   backend = Transaction::Slack.new(
  #     object:        'Ticket',
  #     type:          'create',
  #     object_id:     1,
  #     interface_handle: 'application_server',
  #     changes:       { 'state_id' => [1, 2] },
  #     user_id:       1,
  #   )
  #   backend.perform

  def initialize(item, params = {})
    @item = item
    @params = params
  end

  def perform
    # return if we run import mode
    return if Setting.get('import_mode')
    return if @item[:object] != 'Ticket'
    return if !Setting.get('slack_integration')

    config = Setting.get('slack_config')
    return if !config
    return if !config['items']

    ticket = Ticket.find_by(id: @item[:object_id])
    return if !ticket

    if @item[:article_id]
      article = Ticket::Article.find(@item[:article_id])

      # ignore notifications
      sender = Ticket::Article::Sender.lookup(id: article.sender_id)
      return if sender&.name == 'System'
    end

    template = case @item[:type]
               when 'create' then 'ticket_create'
               when 'update' then 'ticket_update'
               when 'reminder_reached' then 'ticket_reminder_reached'
               when 'escalation' then 'ticket_escalation'
               else return
               end

    user = User.find(1)

    result = NotificationFactory::Slack.template(
      template: template,
      locale:   user.locale,
      timezone: Setting.get('timezone_default'),
      objects:  {
        ticket:  ticket,
        article: article,
        current_user: user,
      },
    )

    color = ticket.escalation_at && ticket.escalation_at < Time.zone.now ? '#f35912' : '#38ad69'

    config['items'].each do |local_config|
      next if local_config['webhook'].blank?

      # check if group matches
      next if local_config['group_ids'].present? && local_config['group_ids'].exclude?(ticket.group_id.to_s)

      # check if event matches
      next if local_config['types'].present? && Array(local_config['types']).exclude?(@item[:type])

      logo_url = 'https://zammad.com/assets/img/logo.png'
      logo_url = local_config['logo_url'] if local_config['logo_url'].present?

      Rails.logger.debug { "sending slack message to #{local_config['channel']}" }

      notifier = Slack::Notifier.new(
        local_config['webhook'],
        channel:     local_config['channel'],
        username:    local_config['username'],
        icon_url:    logo_url,
        mrkdwn:      true,
        http_client: Transaction::Slack::Client,
      )
      result = notifier.ping result[:subject],
                             attachments: [{
                               text:      result[:body],
                               mrkdwn_in: ['text'],
                               color:     color,
                             }]

      if !result.empty? && !result[0].success?
        raise "Unable to post webhook: #{result[0].inspect}"
      end
    end
  end

  class Client
    def self.post(uri, params = {})
      UserAgent.post(
        uri.to_s,
        params,
        {
          open_timeout:  4,
          read_timeout:  30,
          total_timeout: 60,
          log:           { facility: 'slack_webhook' },
        },
      )
    end
  end
end
