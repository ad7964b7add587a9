package com.driftwoodgoods.cart.repository;

import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.model.CreateTableEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

public class DynamoCartRepository implements CartRepository {

    static final String CUSTOMER_INDEX = "idx_global_customerId";

    @DynamoDbBean
    public static class ItemEntity {
        private String id;
        private String customerId;
        private String itemId;
        private int quantity;
        private int unitPrice;

        @DynamoDbPartitionKey
        public String getId() { return id; }
        public void setId(String id) { this.id = id; }

        @DynamoDbSecondaryPartitionKey(indexNames = CUSTOMER_INDEX)
        public String getCustomerId() { return customerId; }
        public void setCustomerId(String customerId) { this.customerId = customerId; }

        public String getItemId() { return itemId; }
        public void setItemId(String itemId) { this.itemId = itemId; }
        public int getQuantity() { return quantity; }
        public void setQuantity(int quantity) { this.quantity = quantity; }
        public int getUnitPrice() { return unitPrice; }
        public void setUnitPrice(int unitPrice) { this.unitPrice = unitPrice; }

        CartItem toCartItem() {
            return new CartItem(customerId, itemId, quantity, unitPrice);
        }
    }

    private final DynamoDbTable<ItemEntity> table;
    private final DynamoDbIndex<ItemEntity> byCustomer;

    public DynamoCartRepository(DynamoDbEnhancedClient client, String tableName) {
        this.table = client.table(tableName, TableSchema.fromBean(ItemEntity.class));
        this.byCustomer = table.index(CUSTOMER_INDEX);
    }

    public void createTableIfMissing() {
        try {
            table.createTable(CreateTableEnhancedRequest.builder()
                .globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder()
                    .indexName(CUSTOMER_INDEX)
                    .projection(p -> p.projectionType(ProjectionType.ALL))
                    .build())
                .build());
        } catch (ResourceInUseException alreadyThere) {
            // fine
        }
    }

    private static String key(String customerId, String itemId) {
        return customerId + ":" + itemId;
    }

    @Override
    public List<CartItem> items(String customerId) {
        SdkIterable<Page<ItemEntity>> pages = byCustomer.query(
            QueryConditional.keyEqualTo(Key.builder().partitionValue(customerId).build()));
        return pages.stream().flatMap(p -> p.items().stream()).map(ItemEntity::toCartItem).toList();
    }

    @Override
    public Optional<CartItem> item(String customerId, String itemId) {
        return Optional.ofNullable(table.getItem(Key.builder().partitionValue(key(customerId, itemId)).build()))
            .map(ItemEntity::toCartItem);
    }

    @Override
    public CartItem add(String customerId, String itemId, int quantity, int unitPrice) {
        int existing = item(customerId, itemId).map(CartItem::quantity).orElse(0);
        ItemEntity e = new ItemEntity();
        e.setId(key(customerId, itemId));
        e.setCustomerId(customerId);
        e.setItemId(itemId);
        e.setQuantity(existing + quantity);
        e.setUnitPrice(unitPrice);
        table.putItem(e);
        return e.toCartItem();
    }

    @Override
    public CartItem update(String customerId, String itemId, int quantity) {
        ItemEntity e = table.getItem(Key.builder().partitionValue(key(customerId, itemId)).build());
        if (e == null) {
            throw new IllegalArgumentException("no such item " + itemId);
        }
        e.setQuantity(quantity);
        return table.updateItem(e).toCartItem();
    }

    @Override
    public void deleteItem(String customerId, String itemId) {
        table.deleteItem(Key.builder().partitionValue(key(customerId, itemId)).build());
    }

    @Override
    public void deleteCart(String customerId) {
        items(customerId).forEach(i -> deleteItem(customerId, i.itemId()));
    }
}
