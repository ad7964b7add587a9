package com.botbazaar.shipping;

public class Ship {
    private long distance;
    private double cost;
    private String location;

    public Ship() {
    }

    public Ship(long distance, double cost, String location) {
        this.distance = distance;
        this.cost = cost;
        this.location = location;
    }

    public long getDistance() { return distance; }
    public void setDistance(long distance) { this.distance = distance; }
    public double getCost() { return cost; }
    public void setCost(double cost) { this.cost = cost; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
}
