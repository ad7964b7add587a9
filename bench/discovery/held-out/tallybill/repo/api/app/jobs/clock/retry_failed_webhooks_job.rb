# frozen_string_literal: true

module Clock
  class RetryFailedWebhooksJob < ApplicationJob
    queue_as "clock"

    def perform
      Webhook.failed.where("updated_at > ?", 1.day.ago).find_each do |webhook|
        SendWebhookJob.perform_later(webhook.webhook_type, webhook.object, {}, webhook.id)
      end
    end
  end
end
