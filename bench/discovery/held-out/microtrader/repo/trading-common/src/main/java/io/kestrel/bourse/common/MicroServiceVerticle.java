package io.kestrel.bourse.common;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.core.logging.Logger;
import io.vertx.core.logging.LoggerFactory;
import io.vertx.servicediscovery.Record;
import io.vertx.servicediscovery.ServiceDiscovery;
import io.vertx.servicediscovery.ServiceDiscoveryOptions;
import io.vertx.servicediscovery.types.EventBusService;
import io.vertx.servicediscovery.types.HttpEndpoint;
import io.vertx.servicediscovery.types.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base verticle for every Kestrel Bourse service. Creates the service discovery instance
 * (backed by the cluster-wide map, so records are shared through Hazelcast) and keeps
 * track of the records it publishes so they are withdrawn on undeploy.
 */
public abstract class MicroServiceVerticle extends AbstractVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(MicroServiceVerticle.class);

  protected ServiceDiscovery discovery;
  protected final Set<Record> registeredRecords = ConcurrentHashMap.newKeySet();

  @Override
  public void start() {
    discovery = ServiceDiscovery.create(vertx,
        new ServiceDiscoveryOptions()
            .setAnnounceAddress("kestrel.discovery.announce")
            .setName(getClass().getSimpleName()));
  }

  protected Future<Void> publishHttpEndpoint(String name, String host, int port) {
    Record record = HttpEndpoint.createRecord(name, host, port, "/",
        new JsonObject().put("api.name", config().getString("api.name", name)));
    return publish(record);
  }

  protected Future<Void> publishMessageSource(String name, String address, Class<?> contentClass) {
    Record record = MessageSource.createRecord(name, address, contentClass);
    return publish(record);
  }

  protected Future<Void> publishMessageSource(String name, String address) {
    Record record = MessageSource.createRecord(name, address);
    return publish(record);
  }

  protected Future<Void> publishEventBusService(String name, String address, Class<?> serviceClass) {
    Record record = EventBusService.createRecord(name, address, serviceClass);
    return publish(record);
  }

  protected Future<Void> publish(Record record) {
    if (discovery == null) {
      try {
        start();
      } catch (Exception e) {
        return Future.failedFuture(e);
      }
    }
    return discovery.publish(record)
        .onSuccess(r -> {
          registeredRecords.add(r);
          LOG.info("Service <" + r.getName() + "> published");
        })
        .mapEmpty();
  }

  @Override
  public void stop(Promise<Void> stopPromise) {
    List<Future> futures = new ArrayList<>();
    for (Record record : registeredRecords) {
      futures.add(discovery.unpublish(record.getRegistration()));
    }
    if (futures.isEmpty()) {
      discovery.close();
      stopPromise.complete();
    } else {
      CompositeFuture.all(futures).onComplete(ar -> {
        discovery.close();
        if (ar.failed()) {
          stopPromise.fail(ar.cause());
        } else {
          stopPromise.complete();
        }
      });
    }
  }
}
