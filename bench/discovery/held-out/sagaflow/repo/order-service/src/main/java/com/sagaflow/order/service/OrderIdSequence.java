package com.sagaflow.order.service;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** In-process id sequence; good enough for a single-replica coordinator. */
@Component
public class OrderIdSequence {

    private final AtomicLong counter = new AtomicLong(System.currentTimeMillis() / 1000);

    public AtomicLong counter() {
        return counter;
    }
}
