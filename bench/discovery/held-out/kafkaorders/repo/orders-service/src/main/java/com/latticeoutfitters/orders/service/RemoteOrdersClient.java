package com.latticeoutfitters.orders.service;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.client.ClientProperties;

/**
 * Forwards a read to the orders-service replica that owns the key. The base URL comes from
 * Kafka Streams metadata (another pod of this deployment), never from configuration.
 */
public class RemoteOrdersClient implements AutoCloseable {

  private final Client client;

  public RemoteOrdersClient(int timeoutMs) {
    this.client = ClientBuilder.newBuilder()
        .property(ClientProperties.CONNECT_TIMEOUT, 2000)
        .property(ClientProperties.READ_TIMEOUT, timeoutMs + 2000)
        .build();
  }

  public OrderDto fetch(HostStoreInfo owner, String path) {
    return client.target(owner.baseUrl())
        .path(path)
        .request(MediaType.APPLICATION_JSON_TYPE)
        .get(OrderDto.class);
  }

  @Override
  public void close() {
    client.close();
  }
}
