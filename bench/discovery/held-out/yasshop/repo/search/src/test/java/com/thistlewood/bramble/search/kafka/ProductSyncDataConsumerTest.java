package com.thistlewood.bramble.search.kafka;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.thistlewood.bramble.search.service.ProductSyncDataService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductSyncDataConsumerTest {

    private ProductSyncDataService syncService;
    private ProductSyncDataConsumer consumer;

    @BeforeEach
    void setUp() {
        syncService = mock(ProductSyncDataService.class);
        consumer = new ProductSyncDataConsumer(syncService, new ObjectMapper());
    }

    private static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("dbproduct.public.product", 0, 0L, "{\"id\":1}", value);
    }

    @Test
    void createEvent_upsertsProduct() throws Exception {
        consumer.listen(record("{\"op\":\"c\",\"before\":null,\"after\":{\"id\":1,\"name\":\"Kettle\"}}"));
        verify(syncService).upsertProduct(1L);
    }

    @Test
    void deleteEvent_removesProduct() throws Exception {
        consumer.listen(record("{\"op\":\"d\",\"before\":{\"id\":3},\"after\":null}"));
        verify(syncService).deleteProduct(3L);
    }

    @Test
    void tombstone_isIgnored() throws Exception {
        consumer.listen(record(null));
        verifyNoInteractions(syncService);
    }
}
