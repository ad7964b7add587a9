/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.service.queue;

import lombok.extern.slf4j.Slf4j;
import org.sensorgrid.server.gen.transport.TransportProtos.ToCoreMsg;
import org.sensorgrid.server.gen.transport.TransportProtos.ToCoreNotificationMsg;
import org.sensorgrid.server.gen.transport.TransportProtos.TransportApiRequestMsg;
import org.sensorgrid.server.gen.transport.TransportProtos.TransportApiResponseMsg;
import org.sensorgrid.server.queue.SgQueueConsumer;
import org.sensorgrid.server.queue.SgQueueProducer;
import org.sensorgrid.server.queue.common.SgProtoQueueMsg;
import org.sensorgrid.server.queue.provider.SgCoreQueueFactory;
import org.sensorgrid.server.queue.util.SgCoreComponent;
import org.sensorgrid.server.service.transport.TransportApiService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Polls the core topic, core notifications topic and the transport API request topic; replies to
 * transports through the transport API responses topic.
 */
@Service
@SgCoreComponent
@Slf4j
public class DefaultSgCoreConsumerService {

    @Value("${queue.core.poll-interval}")
    private long pollDuration;

    private final SgQueueConsumer<SgProtoQueueMsg<ToCoreMsg>> mainConsumer;
    private final SgQueueConsumer<SgProtoQueueMsg<ToCoreNotificationMsg>> nfConsumer;
    private final SgQueueConsumer<SgProtoQueueMsg<TransportApiRequestMsg>> transportApiConsumer;
    private final SgQueueProducer<SgProtoQueueMsg<TransportApiResponseMsg>> transportApiResponseProducer;
    private final TransportApiService transportApiService;
    private final ExecutorService consumersExecutor = Executors.newCachedThreadPool();
    private volatile boolean stopped = false;

    public DefaultSgCoreConsumerService(SgCoreQueueFactory queueFactory, TransportApiService transportApiService) {
        this.mainConsumer = queueFactory.createToCoreMsgConsumer();
        this.nfConsumer = queueFactory.createToCoreNotificationsMsgConsumer();
        this.transportApiConsumer = queueFactory.createTransportApiRequestConsumer();
        this.transportApiResponseProducer = queueFactory.createTransportApiResponseProducer();
        this.transportApiService = transportApiService;
    }

    public void start() {
        mainConsumer.subscribe();
        transportApiConsumer.subscribe();
        consumersExecutor.submit(() -> {
            while (!stopped) {
                List<SgProtoQueueMsg<ToCoreMsg>> msgs = mainConsumer.poll(pollDuration);
                msgs.forEach(this::handle);
                mainConsumer.commit();
            }
        });
        consumersExecutor.submit(() -> {
            while (!stopped) {
                for (SgProtoQueueMsg<TransportApiRequestMsg> request : transportApiConsumer.poll(pollDuration)) {
                    TransportApiResponseMsg response = transportApiService.handle(request.getValue());
                    transportApiResponseProducer.send(request.getKey(), response, request.getHeaders());
                }
                transportApiConsumer.commit();
            }
        });
    }

    private void handle(SgProtoQueueMsg<ToCoreMsg> msg) {
        log.trace("[{}] Processing core msg", msg.getKey());
    }

    public void stop() {
        stopped = true;
        consumersExecutor.shutdownNow();
    }
}
