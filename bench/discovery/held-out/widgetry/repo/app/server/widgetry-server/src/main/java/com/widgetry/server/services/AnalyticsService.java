package com.widgetry.server.services;

import com.segment.analytics.Analytics;
import com.segment.analytics.messages.TrackMessage;
import com.widgetry.server.configurations.CommonConfig;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Anonymous product analytics via Segment. Only active when a write key is set and
 * WIDGETRY_DISABLE_TELEMETRY is not true.
 */
@Slf4j
@Service
public class AnalyticsService {

    private final Analytics analytics;

    public AnalyticsService(@Value("${segment.writeKey:}") String writeKey, CommonConfig commonConfig) {
        if (StringUtils.hasText(writeKey) && !commonConfig.isTelemetryDisabled()) {
            log.info("Segment analytics enabled");
            this.analytics = Analytics.builder(writeKey).endpoint("https://api.segment.io").build();
        } else {
            this.analytics = null;
        }
    }

    public boolean isActive() {
        return analytics != null;
    }

    public Mono<Void> sendEvent(String event, String userId, Map<String, Object> properties) {
        if (!isActive()) {
            return Mono.empty();
        }
        analytics.enqueue(TrackMessage.builder(event).userId(userId).properties(properties));
        return Mono.empty();
    }
}
