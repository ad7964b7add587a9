package io.kestrel.bourse.portfolio;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

import java.util.Map;
import java.util.TreeMap;

/**
 * A trader's holdings: cash plus a number of shares per company.
 */
@DataObject(generateConverter = true)
public class Portfolio {

  private Map<String, Integer> shares = new TreeMap<>();
  private double cash;

  public Portfolio() {
  }

  public Portfolio(Portfolio other) {
    this.shares = new TreeMap<>(other.shares);
    this.cash = other.cash;
  }

  public Portfolio(JsonObject json) {
    PortfolioConverter.fromJson(json, this);
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    PortfolioConverter.toJson(this, json);
    return json;
  }

  public Map<String, Integer> getShares() {
    return shares;
  }

  public Portfolio setShares(Map<String, Integer> shares) {
    this.shares = shares;
    return this;
  }

  public double getCash() {
    return cash;
  }

  public Portfolio setCash(double cash) {
    this.cash = cash;
    return this;
  }

  public int getAmount(String name) {
    return shares.getOrDefault(name, 0);
  }
}
