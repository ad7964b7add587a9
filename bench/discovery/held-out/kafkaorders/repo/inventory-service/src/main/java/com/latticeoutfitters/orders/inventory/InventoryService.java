package com.latticeoutfitters.orders.inventory;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.avro.OrderValidation;
import com.latticeoutfitters.orders.avro.OrderValidationResult;
import com.latticeoutfitters.orders.avro.OrderValidationType;
import com.latticeoutfitters.orders.avro.Product;
import com.latticeoutfitters.orders.common.OpsServer;
import com.latticeoutfitters.orders.common.Schemas;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import com.latticeoutfitters.orders.common.ServiceConfig;
import com.latticeoutfitters.orders.common.StreamsSupport;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Checks stock: joins each new order (re-keyed by product) with the {@code warehouse-inventory}
 * table and a local store of units already reserved by earlier orders.
 */
public class InventoryService {

  static final String SERVICE_APP_ID = "inventory-service";
  static final String RESERVED_STOCK_STORE = "reserved-stock";

  record OrderWithStock(Order order, Integer stock) {
  }

  public static Topology buildTopology() {
    StreamsBuilder builder = new StreamsBuilder();

    KStream<Product, Order> orders = builder
        .stream(Topics.ORDERS.name(), Consumed.with(Topics.ORDERS.keySerde(), Topics.ORDERS.valueSerde()))
        .filter((id, order) -> order != null && order.getState() == OrderState.CREATED)
        .selectKey((id, order) -> order.getProduct())
        .repartition(Repartitioned.with(Topics.WAREHOUSE_INVENTORY.keySerde(), Topics.ORDERS.valueSerde())
            .withName("orders-by-product"));

    KTable<Product, Integer> warehouseInventory = builder.table(Topics.WAREHOUSE_INVENTORY.name(),
        Consumed.with(Topics.WAREHOUSE_INVENTORY.keySerde(), Topics.WAREHOUSE_INVENTORY.valueSerde()));

    StoreBuilder<KeyValueStore<Product, Long>> reserved = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(RESERVED_STOCK_STORE),
        Topics.WAREHOUSE_INVENTORY.keySerde(), Serdes.Long());
    builder.addStateStore(reserved);

    orders.join(warehouseInventory, OrderWithStock::new,
            Joined.with(Topics.WAREHOUSE_INVENTORY.keySerde(), Topics.ORDERS.valueSerde(), Serdes.Integer()))
        .process(InventoryValidator::new, RESERVED_STOCK_STORE)
        .to(Topics.ORDER_VALIDATIONS.name(),
            Produced.with(Topics.ORDER_VALIDATIONS.keySerde(), Topics.ORDER_VALIDATIONS.valueSerde()));

    return builder.build();
  }

  static class InventoryValidator implements Processor<Product, OrderWithStock, String, OrderValidation> {
    private KeyValueStore<Product, Long> reservedStock;
    private ProcessorContext<String, OrderValidation> context;

    @Override
    public void init(ProcessorContext<String, OrderValidation> context) {
      this.context = context;
      this.reservedStock = context.getStateStore(RESERVED_STOCK_STORE);
    }

    @Override
    public void process(Record<Product, OrderWithStock> record) {
      Order order = record.value().order();
      int warehouseStock = record.value().stock() == null ? 0 : record.value().stock();
      Long reserved = reservedStock.get(order.getProduct());
      long alreadyReserved = reserved == null ? 0L : reserved;

      OrderValidation validation;
      if (warehouseStock - alreadyReserved - order.getQuantity() >= 0) {
        reservedStock.put(order.getProduct(), alreadyReserved + order.getQuantity());
        validation = new OrderValidation(order.getId(), OrderValidationType.INVENTORY_CHECK,
            OrderValidationResult.PASS, null);
      } else {
        validation = new OrderValidation(order.getId(), OrderValidationType.INVENTORY_CHECK,
            OrderValidationResult.FAIL, "insufficient stock for " + order.getProduct());
      }
      context.forward(record.withKey(order.getId()).withValue(validation));
    }
  }

  public static void main(String[] args) throws Exception {
    ServiceConfig config = ServiceConfig.load(SERVICE_APP_ID);
    Schemas.configureSerdes(config.schemaRegistryUrl());
    KafkaStreams streams = new KafkaStreams(buildTopology(),
        StreamsSupport.baseStreamsConfig(config, SERVICE_APP_ID));
    OpsServer ops = new OpsServer(config.getInt("OPS_PORT", "ops.port", 8090),
        () -> streams.state().isRunningOrRebalancing()).start();
    StreamsSupport.addShutdownHookAndBlock(streams, ops::close);
  }
}
