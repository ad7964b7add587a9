package client;

import com.typesafe.config.Config;
import java.util.Properties;
import javax.annotation.Nonnull;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.inject.ApplicationLifecycle;

/** Sends UI usage events (page views, searches) to the tracking topic; consumed by the MAE job. */
@Singleton
public class KafkaTrackingProducer {
  private final Logger _logger = LoggerFactory.getLogger(KafkaTrackingProducer.class.getName());

  private final Boolean _isEnabled;
  private final KafkaProducer<String, String> _producer;
  private final String _topic;

  @Inject
  public KafkaTrackingProducer(@Nonnull Config config, ApplicationLifecycle lifecycle) {
    _isEnabled = !config.hasPath("analytics.enabled") || config.getBoolean("analytics.enabled");
    _topic = config.getString("analytics.tracking.topic");

    if (_isEnabled) {
      _logger.debug("Analytics tracking is enabled");
      _producer = createKafkaProducer(config);
      lifecycle.addStopHook(() -> {
        _producer.flush();
        _producer.close();
        return java.util.concurrent.CompletableFuture.completedFuture(null);
      });
    } else {
      _producer = null;
    }
  }

  public boolean isEnabled() {
    return _isEnabled;
  }

  public void send(String actor, String eventJson) {
    if (_isEnabled) {
      _producer.send(new ProducerRecord<>(_topic, actor, eventJson));
    }
  }

  private static KafkaProducer<String, String> createKafkaProducer(Config config) {
    final Properties props = new Properties();
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "lineagehub-frontend");
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getString("analytics.kafka.bootstrap.server"));
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, "org.apache.kafka.common.serialization.StringSerializer");
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, "org.apache.kafka.common.serialization.StringSerializer");
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, config.getInt("analytics.kafka.delivery.timeout.ms"));
    if (config.hasPath("analytics.kafka.security.protocol")) {
      props.put("security.protocol", config.getString("analytics.kafka.security.protocol"));
    }
    return new KafkaProducer<>(props);
  }
}
