package io.gatewise.gateway.sync;

import io.gatewise.gateway.handler.ApiReactorHandler;
import io.gatewise.gateway.model.ApiDefinition;
import io.gatewise.gateway.repository.mongo.MongoApiRepository;
import io.reactivex.rxjava3.core.Flowable;
import io.vertx.core.Vertx;
import org.bson.Document;

import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Polls the management repository for deployment events and (un)deploys APIs on this node.
 */
public class ApiSyncService {

    private final Vertx vertx;
    private final MongoApiRepository repository;
    private final ApiReactorHandler handler;
    private final long delay;
    private final AtomicReference<Date> lastSync = new AtomicReference<>(new Date(0));

    public ApiSyncService(Vertx vertx, MongoApiRepository repository, ApiReactorHandler handler, long delay) {
        this.vertx = vertx;
        this.repository = repository;
        this.handler = handler;
        this.delay = delay;
    }

    public void start() {
        vertx.setPeriodic(0, delay, id -> synchronize());
    }

    void synchronize() {
        Date now = new Date();
        Flowable.fromPublisher(repository.findDeployEventsSince(lastSync.get()))
            .map(this::toDefinition)
            .subscribe(def -> {
                if (def.isStarted()) {
                    handler.deploy(def);
                } else {
                    handler.undeploy(def.getId());
                }
            }, err -> System.err.println("Sync failed: " + err.getMessage()),
            () -> lastSync.set(now));
    }

    private ApiDefinition toDefinition(Document event) {
        return ApiDefinition.fromJson(event.getString("payload"));
    }
}
