package com.socksemporium.orders.services;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

import com.socksemporium.orders.config.EndpointsProperties;

@Service
public class DownstreamClient {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

    private final RestTemplate rest;
    private final EndpointsProperties endpoints;

    public DownstreamClient(RestTemplate rest, EndpointsProperties endpoints) {
        this.rest = rest;
        this.endpoints = endpoints;
    }

    @Async
    public CompletableFuture<Map<String, Object>> customer(String customerId) {
        return CompletableFuture.completedFuture(
            rest.exchange(endpoints.getUser() + "/customers/" + customerId, HttpMethod.GET, null, MAP).getBody());
    }

    @Async
    public CompletableFuture<Map<String, Object>> address(String customerId) {
        return CompletableFuture.completedFuture(
            rest.exchange(endpoints.getUser() + "/addresses/" + customerId, HttpMethod.GET, null, MAP).getBody());
    }

    @Async
    public CompletableFuture<Map<String, Object>> card(String customerId) {
        return CompletableFuture.completedFuture(
            rest.exchange(endpoints.getUser() + "/cards/" + customerId, HttpMethod.GET, null, MAP).getBody());
    }

    @Async
    public CompletableFuture<List<Map<String, Object>>> cartItems(String customerId) {
        return CompletableFuture.completedFuture(
            rest.exchange(endpoints.getCarts() + "/carts/" + customerId + "/items", HttpMethod.GET, null, LIST).getBody());
    }

    public Map<String, Object> authorisePayment(Map<String, Object> request) {
        return rest.postForObject(endpoints.getPayment(), request, Map.class);
    }

    public Map<String, Object> requestShipment(Map<String, Object> shipment) {
        return rest.postForObject(endpoints.getShipping(), shipment, Map.class);
    }
}
