package com.larkspur.purchasehistory.backend;

import com.larkspur.common.Money;
import com.larkspur.purchases.api.messaging.common.PurchaseState;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

public class PatronViewRepositoryImpl implements PatronViewRepositoryCustom {

  private final MongoTemplate mongoTemplate;

  public PatronViewRepositoryImpl(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  @Override
  public void addPatron(Long patronId, String name, Money creditLimit) {
    mongoTemplate.upsert(query(where("id").is(patronId)),
            new Update().set("name", name).set("creditLimit", creditLimit), PatronView.class);
  }

  @Override
  public void addPurchase(Long patronId, Long purchaseId, Money purchaseTotal) {
    mongoTemplate.upsert(query(where("id").is(patronId)),
            new Update().set("purchases." + purchaseId,
                    new PatronView.PurchaseInfo(purchaseId, purchaseTotal, PurchaseState.PENDING)),
            PatronView.class);
  }

  @Override
  public void updatePurchaseState(Long patronId, Long purchaseId, PurchaseState state) {
    mongoTemplate.updateMulti(query(where("id").is(patronId)),
            new Update().set("purchases." + purchaseId + ".state", state), PatronView.class);
  }
}
