# frozen_string_literal: true

require "excon"

module ThreadhallAkismet
  class Client
    class Error < StandardError; end

    API_HOST = "rest.akismet.com"
    API_VERSION = "1.1"

    def self.build
      new(api_key: SiteSetting.akismet_api_key, base_url: GlobalSetting.hostname)
    end

    def initialize(api_key:, base_url:)
      @api_key = api_key
      @base_url = base_url
    end

    def comment_check(args)
      response = post("comment-check", args)
      case response.body
      when "true" then response.headers["X-akismet-pro-tip"] == "discard" ? "spam_discard" : "spam"
      when "false" then "ham"
      else raise Error, response.headers["X-akismet-debug-help"].to_s
      end
    end

    def submit_spam(args)
      post("submit-spam", args)
    end

    def submit_ham(args)
      post("submit-ham", args)
    end

    private

    def post(action, payload)
      url = "https://#{@api_key}.#{API_HOST}/#{API_VERSION}/#{action}"
      Excon.post(
        url,
        body: URI.encode_www_form(payload.merge(blog: "https://#{@base_url}")),
        headers: { "Content-Type" => "application/x-www-form-urlencoded", "User-Agent" => "Threadhall/#{Threadhall::VERSION::STRING} | Akismet/0.3" },
        read_timeout: 10,
      )
    end
  end
end
