package io.launchpad.herald.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Posts pipeline notifications to Slack channels as the Launchpad bot user. */
@Component
@ConditionalOnProperty("slack.enabled")
public class SlackClient {
  private final MethodsClient methods;

  public SlackClient(@Value("${slack.token}") String token,
                     @Value("${slack.baseUrl:https://slack.com}") String baseUrl) {
    Slack slack = Slack.getInstance();
    slack.getConfig().setMethodsEndpointUrlPrefix(baseUrl + "/api/");
    this.methods = slack.methods(token);
  }

  public void sendMessage(String channel, String text, String color) throws IOException {
    try {
      ChatPostMessageResponse response = methods.chatPostMessage(req -> req
          .channel(channel.startsWith("#") ? channel : "#" + channel)
          .text(text)
          .attachments(java.util.List.of(com.slack.api.model.Attachment.builder()
              .color(color)
              .text(text)
              .build())));
      if (!response.isOk()) {
        throw new IOException("slack chat.postMessage failed: " + response.getError());
      }
    } catch (SlackApiException e) {
      throw new IOException(e);
    }
  }
}
