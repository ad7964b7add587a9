# frozen_string_literal: true

# The API only produces raw events to Kafka; enrichment is done by events-processor.
if ENV["TALLYBILL_KAFKA_BOOTSTRAP_SERVERS"].present?
  class KarafkaApp < Karafka::App
    setup do |config|
      config.client_id = "tallybill-api"
      config.kafka = {
        "bootstrap.servers": ENV["TALLYBILL_KAFKA_BOOTSTRAP_SERVERS"],
        "security.protocol": ENV.fetch("TALLYBILL_KAFKA_SECURITY_PROTOCOL", "plaintext")
      }
      if ENV["TALLYBILL_KAFKA_SASL_MECHANISMS"].present?
        config.kafka[:"sasl.mechanisms"] = ENV["TALLYBILL_KAFKA_SASL_MECHANISMS"]
        config.kafka[:"sasl.username"] = ENV["TALLYBILL_KAFKA_USERNAME"]
        config.kafka[:"sasl.password"] = ENV["TALLYBILL_KAFKA_PASSWORD"]
      end
    end
  end

  KarafkaApp.boot!
end
