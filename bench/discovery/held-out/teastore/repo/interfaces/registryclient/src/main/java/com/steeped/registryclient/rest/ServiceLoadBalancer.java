package com.steeped.registryclient.rest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.ws.rs.ProcessingException;
import javax.ws.rs.client.Client;
import javax.ws.rs.client.ClientBuilder;
import javax.ws.rs.client.WebTarget;

import com.netflix.loadbalancer.BaseLoadBalancer;
import com.netflix.loadbalancer.RoundRobinRule;
import com.netflix.loadbalancer.Server;
import com.steeped.registryclient.RegistryClient;
import com.steeped.registryclient.Service;

/**
 * Client-side round-robin load balancing over the instances the registry knows for a service.
 * The instance list is refreshed from the registry every few seconds and on connection errors.
 */
public final class ServiceLoadBalancer {

  private static final long REFRESH_MS = 2500;
  private static final int MAX_RETRIES = 3;
  private static final Map<Service, ServiceLoadBalancer> BALANCERS = new ConcurrentHashMap<>();

  private final Service service;
  private final BaseLoadBalancer lb = new BaseLoadBalancer();
  private final Client client = ClientBuilder.newClient();
  private long lastRefresh;

  private ServiceLoadBalancer(Service service) {
    this.service = service;
    lb.setRule(new RoundRobinRule());
    refresh();
  }

  public static void preInitializeServiceLoadBalancers(List<Service> services) {
    services.forEach(s -> BALANCERS.computeIfAbsent(s, ServiceLoadBalancer::new));
  }

  /**
   * Runs the given operation against one instance of the service. The WebTarget handed to the
   * operation already points to http://host:port/{serviceName}/rest/{endpoint}.
   */
  public static <T> T loadBalanceRESTOperation(Service service, String endpoint,
      Function<WebTarget, T> operation) {
    ServiceLoadBalancer balancer = BALANCERS.computeIfAbsent(service, ServiceLoadBalancer::new);
    return balancer.execute(endpoint, operation);
  }

  private synchronized void refresh() {
    List<Server> servers = RegistryClient.getClient().getServersForService(service);
    if (servers != null) {
      lb.setServersList(servers);
    }
    lastRefresh = System.currentTimeMillis();
  }

  private <T> T execute(String endpoint, Function<WebTarget, T> operation) {
    if (System.currentTimeMillis() - lastRefresh > REFRESH_MS) {
      refresh();
    }
    ProcessingException last = null;
    for (int attempt = 0; attempt < MAX_RETRIES; attempt++) {
      Server server = lb.chooseServer(null);
      if (server == null) {
        refresh();
        continue;
      }
      WebTarget target = client.target("http://" + server.getHostPort() + "/"
          + service.getServiceName() + "/rest/" + endpoint);
      try {
        return operation.apply(target);
      } catch (ProcessingException e) {
        last = e;
        lb.markServerDown(server);
        refresh();
      }
    }
    throw new IllegalStateException("No reachable instance of " + service.getServiceName(), last);
  }
}
