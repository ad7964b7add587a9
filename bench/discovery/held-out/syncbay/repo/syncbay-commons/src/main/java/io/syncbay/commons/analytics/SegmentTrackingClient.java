package io.syncbay.commons.analytics;

import com.segment.analytics.Analytics;
import com.segment.analytics.messages.TrackMessage;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Map;

/** Product analytics; only active when TRACKING_STRATEGY=segment. */
@Singleton
@Requires(property = "syncbay.tracking.strategy", value = "segment")
public class SegmentTrackingClient {
  private final Analytics analytics;

  public SegmentTrackingClient(@Value("${syncbay.tracking.write-key}") final String writeKey) {
    this.analytics = Analytics.builder(writeKey).endpoint("https://api.segment.io").build();
  }

  public void track(final String workspaceId, final String action, final Map<String, Object> metadata) {
    analytics.enqueue(TrackMessage.builder(action).userId(workspaceId).properties(metadata));
  }
}
