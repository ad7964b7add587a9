# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class TicketArticleCommunicateEmailJob < ApplicationJob

  retry_on StandardError, attempts: 4, wait: lambda { |executions|
    executions * 25.seconds
  }

  def perform(article_id)
    record = Ticket::Article.find(article_id)

    # build subject
    ticket = Ticket.lookup(id: record.ticket_id)
    article_count = Ticket::Article.where(ticket_id: ticket.id).count
    subject_prefix_mode = record.preferences[:subtype] == 'forward' ? 'forward' : 'reply'
    subject = ticket.subject_build(record.subject, subject_prefix_mode, article_count == 1)

    # get linked channel and send
    channel = nil
    if record.preferences['email_address_id'].present?
      email_address = EmailAddress.find_by(id: record.preferences['email_address_id'])
      channel = email_address&.channel
    end
    channel ||= ticket.group.email_address&.channel

    notification = false
    sender = Ticket::Article::Sender.lookup(id: record.sender_id)
    notification = true if sender['name'] == 'System'

    message = channel.deliver(
      {
        message_id:   record.message_id,
        in_reply_to:  record.in_reply_to,
        references:   ticket.get_references([record.message_id]),
        from:         record.from,
        to:           record.to,
        cc:           record.cc,
        subject:      subject,
        content_type: record.content_type,
        body:         record.body,
        attachments:  record.attachments,
      },
      notification
    )

    record.preferences['delivery_status_message'] = nil
    record.preferences['delivery_status'] = 'success'
    record.preferences['delivery_status_date'] = Time.zone.now
    record.message_id = message['message_id'] if message
    record.save!

    Sessions.broadcast({ event: 'ticket_article_update', data: { id: record.id } }, 'authenticated')
  rescue => e
    record.preferences['delivery_status'] = 'fail'
    record.preferences['delivery_status_message'] = e.message
    record.save!
    raise
  end
end
