package com.skywardair.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerInternalResourceTest {

    /** In-memory store; no MongoDB needed. */
    static class FakeStore implements CustomerStore {
        final Map<String, String> passwords = new HashMap<>();
        final Map<String, Long> miles = new HashMap<>();

        public JsonObject findById(String id) { return null; }
        public boolean validate(String login, String password) { return password.equals(passwords.get(login)); }
        public void update(String id, JsonObject profile) { }
        public long addMiles(String id, long total, long ytd) {
            if (!passwords.containsKey(id)) return -1;
            return miles.merge(id, total, Long::sum);
        }
        public long count() { return passwords.size(); }
        public void upsert(String id, String pw, String status, JsonObject address) { passwords.put(id, pw); }
        public void dropAll() { passwords.clear(); miles.clear(); }
    }

    private CustomerInternalResource resource;
    private FakeStore store;

    @BeforeEach
    void setUp() {
        store = new FakeStore();
        store.upsert("uid0@email.com", "password", "GOLD", null);
        resource = new CustomerInternalResource();
        resource.store = store;
    }

    @Test
    void validCredentials() {
        JsonObject out = resource.validateId("uid0@email.com", "password");
        assertTrue(out.getBoolean("validCustomer"));
    }

    @Test
    void wrongPassword() {
        assertFalse(resource.validateId("uid0@email.com", "nope").getBoolean("validCustomer"));
    }

    @Test
    void addsMiles() {
        assertEquals(200, resource.updateTotalMiles("uid0@email.com", 200).getStatus());
        assertEquals(404, resource.updateTotalMiles("ghost@email.com", 200).getStatus());
    }
}
