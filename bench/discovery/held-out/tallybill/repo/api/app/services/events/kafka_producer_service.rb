# frozen_string_literal: true

module Events
  class KafkaProducerService < BaseService
    def initialize(event:, organization:)
      @event = event
      @organization = organization
      super
    end

    def call
      return if ENV["TALLYBILL_KAFKA_BOOTSTRAP_SERVERS"].blank?
      return if ENV["TALLYBILL_KAFKA_RAW_EVENTS_TOPIC"].blank?

      Karafka.producer.produce_async(
        topic: ENV["TALLYBILL_KAFKA_RAW_EVENTS_TOPIC"],
        key: "#{organization.id}-#{event.external_subscription_id}",
        payload: {
          organization_id: organization.id,
          external_customer_id: event.external_customer_id,
          external_subscription_id: event.external_subscription_id,
          transaction_id: event.transaction_id,
          timestamp: event.timestamp.to_f,
          code: event.code,
          precise_total_amount_cents: event.precise_total_amount_cents.to_s,
          properties: event.properties,
          ingested_at: Time.current.iso8601[...-1],
          source: "http_ruby"
        }.to_json
      )
    end

    private

    attr_reader :event, :organization
  end
end
