# frozen_string_literal: true

require "json"
require "net/http"
require "uri"
require "base64"
require "syslog"

class MailReceiver
  EX_TEMPFAIL = 75
  EX_NOUSER = 67
  EX_SOFTWARE = 70

  def initialize(env_file, recipient:, sender:, mail:)
    @env = JSON.parse(File.read(env_file))
    @recipient = recipient
    @sender = sender
    @mail = mail
    %w[THREADHALL_BASE_URL THREADHALL_API_KEY THREADHALL_API_USERNAME].each do |k|
      raise ArgumentError, "#{k} not set" if @env[k].to_s.empty?
    end
  end

  def endpoint
    URI.join(@env["THREADHALL_BASE_URL"], "/admin/email/handle_mail")
  end

  def process
    uri = endpoint
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = uri.scheme == "https"
    http.open_timeout = 10
    http.read_timeout = 30

    req = Net::HTTP::Post.new(uri.request_uri)
    req["Api-Key"] = @env["THREADHALL_API_KEY"]
    req["Api-Username"] = @env["THREADHALL_API_USERNAME"]
    req.set_form_data("email_encoded" => Base64.strict_encode64(@mail))

    response = http.request(req)
    logger(:info, "delivered mail for #{@recipient}: HTTP #{response.code}")

    case response.code.to_i
    when 200..299 then 0
    when 403, 404 then EX_NOUSER
    else EX_TEMPFAIL
    end
  rescue Errno::ECONNREFUSED, Net::OpenTimeout, Net::ReadTimeout => e
    logger(:err, "failed to POST mail: #{e.message}")
    EX_TEMPFAIL
  end

  private

  def logger(level, msg)
    Syslog.open("receive-mail", Syslog::LOG_PID, Syslog::LOG_MAIL) { |s| s.public_send(level, "%s", msg) }
  end
end
