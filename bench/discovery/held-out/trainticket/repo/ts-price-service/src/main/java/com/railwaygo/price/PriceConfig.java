package com.railwaygo.price;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(collection = "price_config")
public class PriceConfig {
    @Id
    private String id;
    private String trainType;
    private String routeId;
    private double basicPriceRate;
    private double firstClassPriceRate;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTrainType() { return trainType; }
    public void setTrainType(String trainType) { this.trainType = trainType; }
    public String getRouteId() { return routeId; }
    public void setRouteId(String routeId) { this.routeId = routeId; }
    public double getBasicPriceRate() { return basicPriceRate; }
    public void setBasicPriceRate(double v) { this.basicPriceRate = v; }
    public double getFirstClassPriceRate() { return firstClassPriceRate; }
    public void setFirstClassPriceRate(double v) { this.firstClassPriceRate = v; }
}
