package io.platewise.eats.orderhistory.dynamodb;

import com.amazonaws.services.dynamodbv2.document.*;
import com.amazonaws.services.dynamodbv2.document.spec.QuerySpec;
import com.amazonaws.services.dynamodbv2.document.spec.UpdateItemSpec;
import com.amazonaws.services.dynamodbv2.document.utils.ValueMap;
import com.amazonaws.services.dynamodbv2.model.ConditionalCheckFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class OrderHistoryDaoDynamoDb {

  public static final String CONSUMER_ID_AND_CREATION_TIME_INDEX = "ftgo-order-history-by-consumer-id-and-creation-time";

  private final Table table;
  private final Index index;

  public OrderHistoryDaoDynamoDb(DynamoDB dynamoDB, String tableName) {
    this.table = dynamoDB.getTable(tableName);
    this.index = table.getIndex(CONSUMER_ID_AND_CREATION_TIME_INDEX);
  }

  public boolean addOrder(String orderId, String consumerId, String restaurantName, String orderTotal,
                          long creationDate, String eventId) {
    UpdateItemSpec spec = new UpdateItemSpec()
            .withPrimaryKey("orderId", orderId)
            .withUpdateExpression("SET consumerId = :consumerId, restaurantName = :restaurantName, "
                    + "orderTotal = :orderTotal, creationDate = :creationDate, orderStatus = :status, "
                    + "events = list_append(if_not_exists(events, :empty), :eventIds)")
            .withConditionExpression("attribute_not_exists(events) OR NOT contains(events, :eventId)")
            .withValueMap(new ValueMap()
                    .withString(":consumerId", consumerId)
                    .withString(":restaurantName", restaurantName)
                    .withString(":orderTotal", orderTotal)
                    .withLong(":creationDate", creationDate)
                    .withString(":status", "APPROVAL_PENDING")
                    .withList(":empty")
                    .withList(":eventIds", eventId)
                    .withString(":eventId", eventId));
    try {
      table.updateItem(spec);
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false; // duplicate event
    }
  }

  public List<Item> findOrderHistory(String consumerId) {
    QuerySpec spec = new QuerySpec()
            .withScanIndexForward(false)
            .withKeyConditionExpression("consumerId = :cId")
            .withValueMap(new ValueMap().withString(":cId", consumerId));
    List<Item> result = new ArrayList<>();
    index.query(spec).forEach(result::add);
    return result;
  }

  public Optional<Item> findOrder(String orderId) {
    return Optional.ofNullable(table.getItem("orderId", orderId));
  }
}
