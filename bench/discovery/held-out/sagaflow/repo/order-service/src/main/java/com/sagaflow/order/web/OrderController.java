package com.sagaflow.order.web;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.Topics;
import com.sagaflow.order.config.GeneratorProperties;
import com.sagaflow.order.config.KafkaStreamsConfig;
import com.sagaflow.order.service.OrderGeneratorService;
import com.sagaflow.order.service.OrderIdSequence;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
public class OrderController {

    private static final Logger LOG = LoggerFactory.getLogger(OrderController.class);

    private final KafkaTemplate<Long, Order> template;
    private final StreamsBuilderFactoryBean streamsFactory;
    private final OrderGeneratorService generator;
    private final GeneratorProperties generatorProperties;
    private final OrderIdSequence idSequence;

    public OrderController(KafkaTemplate<Long, Order> template,
                           StreamsBuilderFactoryBean streamsFactory,
                           OrderGeneratorService generator,
                           GeneratorProperties generatorProperties,
                           OrderIdSequence idSequence) {
        this.template = template;
        this.streamsFactory = streamsFactory;
        this.generator = generator;
        this.generatorProperties = generatorProperties;
        this.idSequence = idSequence;
    }

    @PostMapping
    public ResponseEntity<Order> create(@RequestBody Order order) {
        order.setId(idSequence.counter().incrementAndGet());
        template.send(Topics.ORDERS, order.getId(), order);
        LOG.info("Sent: {}", order);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(order);
    }

    @PostMapping("/generate")
    public ResponseEntity<Void> generate() {
        if (!generatorProperties.enabled()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        generator.generate();
        return ResponseEntity.accepted().build();
    }

    @GetMapping
    public List<Order> all() {
        List<Order> orders = new ArrayList<>();
        try (KeyValueIterator<Long, Order> it = store().all()) {
            it.forEachRemaining((KeyValue<Long, Order> kv) -> orders.add(kv.value));
        }
        return orders;
    }

    @GetMapping("/{id}")
    public ResponseEntity<Order> one(@PathVariable Long id) {
        Order order = store().get(id);
        return order == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(order);
    }

    private ReadOnlyKeyValueStore<Long, Order> store() {
        return streamsFactory.getKafkaStreams().store(
                StoreQueryParameters.fromNameAndType(KafkaStreamsConfig.ORDERS_STORE,
                        QueryableStoreTypes.keyValueStore()));
    }
}
