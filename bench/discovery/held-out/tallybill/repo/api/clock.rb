# frozen_string_literal: true

require "clockwork"
require "./config/boot"
require "./config/environment"

module Clockwork
  handler do |job|
    Rails.logger.info("[Clock] enqueuing #{job}")
  end

  error_handler do |error|
    Rails.logger.error(error.message)
    Sentry.capture_exception(error)
  end

  every(1.hour, "schedule:activate_subscriptions", at: "**:30") do
    Clock::ActivateSubscriptionsJob.set(sentry: {"slug" => "tallybill_activate_subscriptions", "cron" => "30 */1 * * *"}).perform_later
  end

  every(1.hour, "schedule:bill_customers", at: "**:10") do
    Clock::SubscriptionsBillerJob.perform_later
  end

  every(1.hour, "schedule:finalize_invoices", at: "**:20") do
    Clock::FinalizeInvoicesJob.perform_later
  end

  unless ENV["TALLYBILL_DISABLE_WALLET_REFRESH"] == "true"
    every(5.minutes, "schedule:refresh_wallets_ongoing_balance") do
      Clock::RefreshWalletsOngoingBalanceJob.perform_later
    end
  end

  every(1.day, "schedule:retry_failed_webhooks", at: "01:00") do
    Clock::RetryFailedWebhooksJob.perform_later
  end
end
