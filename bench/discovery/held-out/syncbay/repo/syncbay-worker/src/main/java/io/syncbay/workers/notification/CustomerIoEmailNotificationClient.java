package io.syncbay.workers.notification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Transactional email via customer.io. Cloud only: NOTIFICATION_CUSTOMERIO_ENABLED=false in OSS. */
@Singleton
@Requires(property = "syncbay.notification.customerio.enabled", value = "true")
public class CustomerIoEmailNotificationClient {
  private static final String CUSTOMERIO_EMAIL_API_ENDPOINT = "https://api.customer.io/v1/send/email";
  private final HttpClient http = HttpClient.newHttpClient();
  private final String apiKey;

  public CustomerIoEmailNotificationClient(@Value("${syncbay.notification.customerio.api-key}") final String apiKey) {
    this.apiKey = apiKey;
  }

  public void send(final String payloadJson) throws Exception {
    http.send(HttpRequest.newBuilder(URI.create(CUSTOMERIO_EMAIL_API_ENDPOINT))
        .header("Authorization", "Bearer " + apiKey)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(payloadJson)).build(), HttpResponse.BodyHandlers.discarding());
  }
}
