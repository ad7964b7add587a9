package com.kestrel.skyparcel.ingestion.messaging;

/*
 * Legacy path from the v0 prototype, when ingestion wrote to an Event Hub partitioned by tenant.
 * Replaced by the Service Bus queue (see ServiceBusDeliveryRequestSender). Kept for reference until
 * the ingestion.eventhubs.enabled flag is removed; the flag is false in every environment.
 *
 * import com.azure.messaging.eventhubs.EventData;
 * import com.azure.messaging.eventhubs.EventHubClientBuilder;
 * import com.azure.messaging.eventhubs.EventHubProducerClient;
 *
 * @Component
 * @ConditionalOnProperty(name = "ingestion.eventhubs.enabled", havingValue = "true")
 * public class LegacyEventHubSender implements DeliveryRequestSender {
 *     private final EventHubProducerClient producer;
 *
 *     public LegacyEventHubSender(@Value("${ingestion.eventhubs.connection-string}") String cs,
 *                                 @Value("${ingestion.eventhubs.name:ingestion}") String hub) {
 *         this.producer = new EventHubClientBuilder().connectionString(cs, hub).buildProducerClient();
 *     }
 *
 *     public void sendCreated(DeliveryRequest request) {
 *         producer.send(java.util.List.of(new EventData(toJson(request))));
 *     }
 * }
 */
final class LegacyEventHubSender {
    private LegacyEventHubSender() { }
}
