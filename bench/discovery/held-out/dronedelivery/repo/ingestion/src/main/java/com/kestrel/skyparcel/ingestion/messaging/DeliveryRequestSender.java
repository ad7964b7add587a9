package com.kestrel.skyparcel.ingestion.messaging;

import com.kestrel.skyparcel.ingestion.model.DeliveryRequest;

public interface DeliveryRequestSender {
    void sendCreated(DeliveryRequest request);
    void sendCancelled(String deliveryId);
}
