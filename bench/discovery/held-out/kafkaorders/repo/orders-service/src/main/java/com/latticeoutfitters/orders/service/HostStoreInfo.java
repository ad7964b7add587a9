package com.latticeoutfitters.orders.service;

/** Where a given key of the orders store lives. */
public record HostStoreInfo(String host, int port) {

  public boolean isSelf(String selfHost, int selfPort) {
    return host.equals(selfHost) && port == selfPort;
  }

  public String baseUrl() {
    return "http://" + host + ":" + port;
  }
}
