# frozen_string_literal: true

class WebHook < ActiveRecord::Base
  has_many :web_hook_events
  validates :payload_url, presence: true, format: URI.regexp(%w[http https])

  def self.enqueue_post_hooks(event, post)
    where(active: true).where("event_types @> ARRAY[?]::varchar[]", event.to_s).find_each do |hook|
      Jobs.enqueue(:emit_web_hook_event, web_hook_id: hook.id, event_name: event, payload: post.to_json)
    end
  end

  def content_type_header
    content_type == 2 ? "application/x-www-form-urlencoded" : "application/json"
  end
end
