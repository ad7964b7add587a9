# frozen_string_literal: true

require "mail"

module Email
  # Processes a raw incoming email (posted by the mail-receiver container or fetched by POP3)
  # and turns it into a reply or a new topic.
  class Receiver
    class ProcessingError < StandardError; end
    class EmptyEmailError < ProcessingError; end
    class UserNotFoundError < ProcessingError; end
    class BadDestinationAddress < ProcessingError; end

    def initialize(raw)
      raise EmptyEmailError if raw.blank?
      @raw = raw
      @mail = Mail.new(raw)
    end

    def process!
      from = @mail.from&.first
      user = User.find_by_email(from) or raise UserNotFoundError
      destination = @mail.to.to_a.map { |addr| reply_key_from(addr) }.compact.first
      raise BadDestinationAddress if destination.nil?

      post = Post.find_by_reply_key(destination)
      PostCreator.create!(user, topic_id: post.topic_id, raw: body_text, via_email: true, raw_email: @raw)
    end

    def body_text
      part = @mail.multipart? ? (@mail.text_part || @mail.html_part) : @mail
      part.decoded.to_s.split(/^--\s*$/).first.strip
    end

    def reply_key_from(address)
      match = address.to_s.match(/\+([a-f0-9]{32})@/)
      match && match[1]
    end
  end
end
