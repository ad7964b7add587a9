package io.syncbay.workers.notification;

import io.syncbay.commons.json.Jsons;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Posts sync success/failure messages to a workspace's Slack incoming webhook. */
@Singleton
public class SlackNotificationClient {
  private static final String SLACK_WEBHOOK_PREFIX = "https://hooks.slack.com/services/";
  private final HttpClient http = HttpClient.newHttpClient();

  public boolean notifyJobFailure(final String webhookUrl, final String connectionName, final String logUrl) {
    return post(webhookUrl, ":red_circle: Sync for *" + connectionName + "* failed. <" + logUrl + "|View logs>");
  }

  public boolean notifyJobSuccess(final String webhookUrl, final String connectionName) {
    return post(webhookUrl, ":white_check_mark: Sync for *" + connectionName + "* succeeded.");
  }

  private boolean post(final String webhookUrl, final String text) {
    if (webhookUrl == null || !webhookUrl.startsWith(SLACK_WEBHOOK_PREFIX)) {
      return false;
    }
    final HttpRequest req = HttpRequest.newBuilder(URI.create(webhookUrl))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Jsons.serialize(Map.of("text", text))))
        .build();
    try {
      return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
