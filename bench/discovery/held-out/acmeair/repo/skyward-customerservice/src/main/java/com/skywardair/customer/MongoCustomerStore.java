package com.skywardair.customer;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bson.Document;

@ApplicationScoped
public class MongoCustomerStore implements CustomerStore {

    @Inject
    MongoDatabase database;

    private MongoCollection<Document> customers;

    @PostConstruct
    void init() {
        customers = database.getCollection("customer");
    }

    @Override
    public JsonObject findById(String customerId) {
        Document doc = customers.find(eq("_id", customerId)).first();
        if (doc == null) {
            return null;
        }
        doc.remove("password");
        return Json.createReader(new StringReader(doc.toJson())).readObject();
    }

    @Override
    public boolean validate(String login, String password) {
        Document doc = customers.find(eq("_id", login)).first();
        return doc != null && hash(password).equals(doc.getString("password"));
    }

    @Override
    public void update(String customerId, JsonObject profile) {
        customers.updateOne(eq("_id", customerId), combine(
                set("phoneNumber", profile.getString("phoneNumber", null)),
                set("phoneNumberType", profile.getString("phoneNumberType", "BUSINESS")),
                set("address", Document.parse(profile.getJsonObject("address").toString()))));
    }

    @Override
    public long addMiles(String customerId, long totalMiles, long milesThisYear) {
        Document updated = customers.findOneAndUpdate(eq("_id", customerId),
                combine(inc("total_miles", totalMiles), inc("miles_ytd", milesThisYear)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return updated == null ? -1 : updated.get("total_miles", Number.class).longValue();
    }

    @Override
    public long count() {
        return customers.countDocuments();
    }

    @Override
    public void upsert(String customerId, String password, String status, JsonObject address) {
        Document doc = new Document("_id", customerId)
                .append("password", hash(password))
                .append("status", status)
                .append("total_miles", 0L)
                .append("miles_ytd", 0L)
                .append("address", Document.parse(address.toString()))
                .append("phoneNumber", "919-123-4567")
                .append("phoneNumberType", "BUSINESS");
        customers.replaceOne(eq("_id", customerId), doc, new ReplaceOptions().upsert(true));
    }

    @Override
    public void dropAll() {
        customers.drop();
    }

    static String hash(String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(password.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
