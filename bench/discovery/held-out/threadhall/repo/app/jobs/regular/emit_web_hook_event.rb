# frozen_string_literal: true

require "excon"

module Jobs
  # Delivers outgoing webhooks to the payload_url configured per WebHook row by admins.
  class EmitWebHookEvent < ::Jobs::Base
    sidekiq_options queue: "low"
    MAX_RETRY_COUNT = 4

    def execute(args)
      web_hook = WebHook.find_by(id: args[:web_hook_id])
      return if web_hook.nil? || !web_hook.active

      body = args[:payload]
      headers = {
        "Accept" => "*/*",
        "Content-Type" => web_hook.content_type_header,
        "X-Threadhall-Event" => args[:event_name].to_s,
        "X-Threadhall-Event-Signature" => "sha256=#{OpenSSL::HMAC.hexdigest("sha256", web_hook.secret.to_s, body)}",
      }

      conn = Excon.new(web_hook.payload_url, ssl_verify_peer: web_hook.verify_certificate, read_timeout: 20)
      response = conn.post(headers: headers, body: body)
      WebHookEvent.create!(web_hook: web_hook, status: response.status, headers: headers.to_json, payload: body)

      if response.status >= 500 && args[:retry_count].to_i < MAX_RETRY_COUNT
        Jobs.enqueue_in(2**args[:retry_count].to_i * 60, :emit_web_hook_event, args.merge(retry_count: args[:retry_count].to_i + 1))
      end
    rescue Excon::Error => e
      WebHookEvent.create!(web_hook: web_hook, status: -1, response_body: e.message, payload: body)
    end
  end
end
