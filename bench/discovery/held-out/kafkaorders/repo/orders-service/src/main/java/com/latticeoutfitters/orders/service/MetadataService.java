package com.latticeoutfitters.orders.service;

import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;

/**
 * Finds which instance of orders-service hosts a key. Every instance advertises its own
 * host:port through application.server, so the answer is always another replica of this same
 * deployment.
 */
public class MetadataService {

  private final KafkaStreams streams;

  public MetadataService(KafkaStreams streams) {
    this.streams = streams;
  }

  public <K> HostStoreInfo hostForKey(String store, K key, Serializer<K> serializer) {
    KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, serializer);
    if (metadata == null || metadata == KeyQueryMetadata.NOT_AVAILABLE) {
      throw new IllegalStateException("store " + store + " not available yet (rebalancing?)");
    }
    return new HostStoreInfo(metadata.activeHost().host(), metadata.activeHost().port());
  }
}
