# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

require 'net/imap'

class Channel::Driver::Imap < Channel::EmailParser

  FETCH_METADATA_TIMEOUT = 2.minutes
  FETCH_MSG_TIMEOUT = 4.minutes
  EXPORT_MSG_TIMEOUT = 20.seconds
  DEFAULT_TIMEOUT = 45.seconds
  CHECK_ONLY_TIMEOUT = 8.seconds

  def fetchable?(_channel)
    true
  end

  # fetch emails from IMAP account
  #
  #   instance = Channel::Driver::Imap.new
  #   result = instance.fetch(params[:inbound][:options], channel, 'verify', subject_looking_for)
  #
  def fetch(options, channel, check_type = '', verify_string = '')
    ssl            = true
    ssl_verify     = options.fetch(:ssl_verify, true)
    starttls       = false
    keep_on_server = ActiveModel::Type::Boolean.new.cast(options[:keep_on_server])
    folder         = options[:folder].presence || 'INBOX'
    port           = options[:port].presence&.to_i || 993

    case options[:ssl]
    when 'off'
      ssl = false
    when 'starttls'
      ssl = false
      starttls = true
    end

    timeout = check_type.present? ? CHECK_ONLY_TIMEOUT : DEFAULT_TIMEOUT

    Rails.logger.info "fetching imap (#{options[:host]}/#{options[:user]} port=#{port},ssl=#{ssl},starttls=#{starttls},folder=#{folder},keep_on_server=#{keep_on_server})"

    Timeout.timeout(timeout) do
      ssl_settings = false
      ssl_settings = (ssl_verify ? true : { verify_mode: OpenSSL::SSL::VERIFY_NONE }) if ssl
      @imap = ::Net::IMAP.new(options[:host], port: port, ssl: ssl_settings)
      @imap.starttls(verify_mode: ssl_verify ? OpenSSL::SSL::VERIFY_PEER : OpenSSL::SSL::VERIFY_NONE) if starttls
    end

    Timeout.timeout(timeout) do
      if options[:auth_type].present?
        @imap.authenticate(options[:auth_type], options[:user], options[:password])
      else
        @imap.login(options[:user], options[:password].dup&.force_encoding('ascii-8bit'))
      end
    end

    Timeout.timeout(timeout) do
      @imap.select(folder)
    end

    message_ids = Timeout.timeout(FETCH_METADATA_TIMEOUT) do
      @imap.sort(['DATE'], filter, 'US-ASCII')
    rescue
      @imap.search(filter)
    end

    # check mode only
    if check_type == 'check'
      Rails.logger.info 'check only mode, fetch no emails'
      disconnect
      return { result: 'ok', content_messages: message_ids.count }
    end

    count_all = message_ids.count
    count = 0
    count_fetched = 0
    notice = ''
    message_ids.each do |message_id|
      count += 1
      message_meta = Timeout.timeout(FETCH_METADATA_TIMEOUT) do
        @imap.fetch(message_id, ['RFC822.SIZE', 'FLAGS', 'INTERNALDATE', 'RFC822.HEADER'])[0]
      end

      # verify if message is already imported via same channel, if not, import it again
      if check_type == 'verify'
        subject = message_meta.attr['RFC822.HEADER']
        next if !subject || subject !~ %r{#{verify_string}}

        Rails.logger.info " - verify email #{verify_string} found"
        @imap.store(message_id, '+FLAGS', [:Deleted])
        @imap.expunge
        disconnect
        return { result: 'ok' }
      end

      msg = Timeout.timeout(FETCH_MSG_TIMEOUT) do
        @imap.fetch(message_id, 'RFC822')[0].attr['RFC822']
      end
      next if !msg

      process(channel, msg, false)
      count_fetched += 1

      @imap.store(message_id, '+FLAGS', keep_on_server ? [:Seen] : [:Deleted])
    end

    @imap.expunge if !keep_on_server
    disconnect
    Rails.logger.info " - #{count_fetched} of #{count_all} emails fetched"

    { result: 'ok', fetched: count_fetched, notice: notice }
  end

  def disconnect
    return if !@imap

    Timeout.timeout(1.minute) do
      @imap.disconnect
    end
  end

  private

  def filter
    %w[NOT DELETED NOT SEEN]
  end
end
