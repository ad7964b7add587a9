package com.skywardair.customer;

import jakarta.json.JsonObject;

/** Persistence for customers; MongoDB in production, in-memory in tests. */
public interface CustomerStore {

    JsonObject findById(String customerId);

    boolean validate(String login, String password);

    void update(String customerId, JsonObject profile);

    long addMiles(String customerId, long totalMiles, long milesThisYear);

    long count();

    void upsert(String customerId, String password, String status, JsonObject address);

    void dropAll();
}
