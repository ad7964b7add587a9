package com.steeped.registryclient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.ProcessingException;
import javax.ws.rs.client.Client;
import javax.ws.rs.client.ClientBuilder;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.netflix.loadbalancer.Server;
import com.steeped.registryclient.rest.ServiceLoadBalancer;
import com.steeped.registryclient.util.ServiceConfig;

/**
 * Talks to the registry: registers this instance, sends heartbeats, and looks up the instances of
 * other services. Everything here is control plane; data calls go through the LoadBalanced*
 * classes in the rest package.
 */
public class RegistryClient {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryClient.class);
  private static final int HEARTBEAT_INTERVAL_S = 2;
  private static final RegistryClient INSTANCE = new RegistryClient();

  private final Client client = ClientBuilder.newClient();
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();
  private String registryRestUrl;
  private Server myself;
  private Service myService;

  protected RegistryClient() {
    String host = ServiceConfig.get("registryHost", "REGISTRY_HOST", "localhost");
    String port = ServiceConfig.get("registryPort", "REGISTRY_PORT", "8080");
    registryRestUrl = "http://" + host + ":" + port + "/" + Service.REGISTRY.getServiceName()
        + "/rest/services/";
  }

  public static RegistryClient getClient() {
    return INSTANCE;
  }

  /** Only for tests that point the client at a fake registry. */
  public void setRegistryRestUrl(String url) {
    this.registryRestUrl = url;
  }

  public List<Server> getServersForService(Service service) {
    try {
      Response response = client.target(registryRestUrl + service.getServiceName() + "/")
          .request(MediaType.APPLICATION_JSON).get();
      if (response.getStatus() != 200) {
        return null;
      }
      String[] list = response.readEntity(String[].class);
      List<Server> servers = new ArrayList<>();
      for (String hostPort : list) {
        String[] parts = hostPort.split(":");
        servers.add(new Server(parts[0], Integer.parseInt(parts[1])));
      }
      return servers;
    } catch (ProcessingException e) {
      LOG.warn("Registry not reachable at {}", registryRestUrl);
      return null;
    }
  }

  public void register(Service service) {
    myService = service;
    myself = new Server(ServiceConfig.myHostName(), ServiceConfig.myPort());
    boolean ok = false;
    while (!ok) {
      ok = putMyself();
      if (!ok) {
        LOG.info("Registration at {} failed, retrying", registryRestUrl);
        sleep(2000);
      }
    }
    heartbeat.scheduleAtFixedRate(this::putMyself, HEARTBEAT_INTERVAL_S, HEARTBEAT_INTERVAL_S,
        TimeUnit.SECONDS);
    LOG.info("Registered {} as {}", service.getServiceName(), myself.getHostPort());
  }

  public void unregister() {
    heartbeat.shutdownNow();
    if (myService == null) {
      return;
    }
    try {
      client.target(registryRestUrl + myService.getServiceName() + "/" + myself.getHostPort())
          .request().delete();
    } catch (ProcessingException e) {
      LOG.warn("Could not unregister: {}", e.getMessage());
    }
  }

  /** Blocks until at least one instance of each of the given services is registered. */
  public void waitForServices(Service... required) {
    for (Service s : required) {
      List<Server> servers = getServersForService(s);
      while (servers == null || servers.isEmpty()) {
        LOG.info("Waiting for {} ...", s.getServiceName());
        sleep(2000);
        servers = getServersForService(s);
      }
      ServiceLoadBalancer.preInitializeServiceLoadBalancers(Arrays.asList(s));
    }
  }

  private boolean putMyself() {
    try {
      Response r = client.target(registryRestUrl + myService.getServiceName() + "/"
          + myself.getHostPort()).request().put(Entity.text(""));
      return r.getStatus() == 200 || r.getStatus() == 201;
    } catch (ProcessingException e) {
      return false;
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
