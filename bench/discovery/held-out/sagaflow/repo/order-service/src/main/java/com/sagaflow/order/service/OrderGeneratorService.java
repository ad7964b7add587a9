package com.sagaflow.order.service;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.Topics;
import com.sagaflow.order.config.GeneratorProperties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
public class OrderGeneratorService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderGeneratorService.class);

    private final KafkaTemplate<Long, Order> template;
    private final GeneratorProperties properties;
    private final AtomicLong sequence;

    public OrderGeneratorService(KafkaTemplate<Long, Order> template, GeneratorProperties properties,
                                 OrderIdSequence idSequence) {
        this.template = template;
        this.properties = properties;
        this.sequence = idSequence.counter();
    }

    @Async
    public void generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < properties.count(); i++) {
            long id = sequence.incrementAndGet();
            Order order = new Order(id,
                    random.nextLong(1, properties.maxCustomerId() + 1),
                    random.nextLong(1, properties.maxProductId() + 1),
                    random.nextInt(1, 5),
                    random.nextInt(100, 1_000));
            template.send(Topics.ORDERS, id, order);
        }
        LOG.info("Generated {} random orders", properties.count());
    }
}
