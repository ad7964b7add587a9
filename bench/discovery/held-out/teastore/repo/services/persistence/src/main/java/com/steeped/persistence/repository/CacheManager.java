package com.steeped.persistence.repository;

import java.util.List;

import javax.ws.rs.client.Client;
import javax.ws.rs.client.ClientBuilder;

import com.netflix.loadbalancer.Server;
import com.steeped.registryclient.RegistryClient;
import com.steeped.registryclient.Service;

/**
 * Clears the JPA second-level cache. With {@code CACHE_SYNC_ENABLED=true} it also tells the other
 * persistence replicas to clear theirs. Off by default: with a single replica it only costs time.
 */
public final class CacheManager {

  public static final CacheManager MANAGER = new CacheManager();
  private static final boolean SYNC =
      Boolean.parseBoolean(System.getenv().getOrDefault("CACHE_SYNC_ENABLED", "false"));

  private final Client client = ClientBuilder.newClient();

  private CacheManager() {
  }

  public void clearLocalCache() {
    EMFactory.getEMF().getCache().evictAll();
  }

  public void clearAllCaches() {
    clearLocalCache();
    if (!SYNC) {
      return;
    }
    List<Server> replicas = RegistryClient.getClient().getServersForService(Service.PERSISTENCE);
    if (replicas == null) {
      return;
    }
    for (Server s : replicas) {
      client.target("http://" + s.getHostPort() + "/" + Service.PERSISTENCE.getServiceName()
          + "/rest/cache/cache").request().delete();
    }
  }
}
