package com.skywardair.booking;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;

@ApplicationScoped
public class BookingStore {

    @Inject
    MongoDatabase database;

    private MongoCollection<Document> bookings;

    @PostConstruct
    void init() {
        bookings = database.getCollection("booking");
        bookings.createIndex(Indexes.ascending("customerId"));
    }

    public String create(String customerId, String flightSegId, String flightId) {
        String bookingId = UUID.randomUUID().toString();
        bookings.insertOne(new Document("_id", bookingId)
                .append("customerId", customerId)
                .append("flightSegmentId", flightSegId)
                .append("flightId", flightId)
                .append("dateOfBooking", new Date()));
        return bookingId;
    }

    public List<String> byUser(String customerId) {
        List<String> out = new ArrayList<>();
        for (Document d : bookings.find(eq("customerId", customerId))) {
            out.add(d.toJson());
        }
        return out;
    }

    public Document get(String customerId, String bookingId) {
        return bookings.find(and(eq("_id", bookingId), eq("customerId", customerId))).first();
    }

    public boolean cancel(String customerId, String bookingId) {
        return bookings.deleteOne(and(eq("_id", bookingId), eq("customerId", customerId))).getDeletedCount() == 1;
    }

    public long count() {
        return bookings.countDocuments();
    }

    public void dropAll() {
        bookings.drop();
    }
}
