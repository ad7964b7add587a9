/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.queue.settings;

import lombok.Data;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

@Lazy
@Data
@Component
public class SgQueueCoreSettings {

    @Value("${queue.core.topic}")
    private String topic;

    @Value("${queue.core.notifications_topic}")
    private String notificationsTopic;

    @Value("${queue.core.ota.topic:sg_ota_package}")
    private String otaPackageTopic;

    @Value("${queue.core.usage-stats-topic:sg_usage_stats}")
    private String usageStatsTopic;

    @Value("${queue.core.partitions}")
    private int partitions;
}
