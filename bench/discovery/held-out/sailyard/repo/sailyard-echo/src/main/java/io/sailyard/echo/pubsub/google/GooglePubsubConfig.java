package io.sailyard.echo.pubsub.google;

import com.google.cloud.pubsub.v1.Subscriber;
import com.google.pubsub.v1.ProjectSubscriptionName;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pub/Sub triggers: each configured subscription becomes a trigger source ("pubsub" trigger type).
 * Requires {@code pubsub.enabled} and {@code pubsub.google.enabled}.
 */
@Configuration
@ConditionalOnProperty({"pubsub.enabled", "pubsub.google.enabled"})
public class GooglePubsubConfig {

  @Bean
  @ConfigurationProperties("pubsub.google")
  public GooglePubsubProperties googlePubsubProperties() {
    return new GooglePubsubProperties();
  }

  @Bean
  public List<Subscriber> googlePubsubSubscribers(GooglePubsubProperties props) {
    List<Subscriber> subscribers = new ArrayList<>();
    for (GooglePubsubProperties.Subscription s : props.getSubscriptions()) {
      ProjectSubscriptionName name = ProjectSubscriptionName.of(s.getProject(), s.getSubscriptionName());
      Subscriber subscriber =
          Subscriber.newBuilder(name, (message, consumer) -> consumer.ack()).build();
      subscriber.startAsync();
      subscribers.add(subscriber);
    }
    return subscribers;
  }

  public static class GooglePubsubProperties {
    private boolean enabled;
    private List<Subscription> subscriptions = new ArrayList<>();

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public List<Subscription> getSubscriptions() { return subscriptions; }
    public void setSubscriptions(List<Subscription> s) { this.subscriptions = s; }

    public static class Subscription {
      private String name;
      private String project;
      private String subscriptionName;
      private String jsonPath;

      public String getName() { return name; }
      public void setName(String name) { this.name = name; }
      public String getProject() { return project; }
      public void setProject(String project) { this.project = project; }
      public String getSubscriptionName() { return subscriptionName; }
      public void setSubscriptionName(String v) { this.subscriptionName = v; }
      public String getJsonPath() { return jsonPath; }
      public void setJsonPath(String jsonPath) { this.jsonPath = jsonPath; }
    }
  }
}
