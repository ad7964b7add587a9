package com.larkspur.purchasehistory;

import com.larkspur.purchasehistory.backend.PurchaseHistoryBackendConfiguration;
import com.larkspur.purchasehistory.web.PurchaseHistoryWebConfiguration;
import io.eventuate.tram.spring.consumer.kafka.EventuateTramKafkaMessageConsumerConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import({PurchaseHistoryWebConfiguration.class,
        PurchaseHistoryBackendConfiguration.class,
        EventuateTramKafkaMessageConsumerConfiguration.class})
public class PurchaseHistoryServiceMain {

  public static void main(String[] args) {
    SpringApplication.run(PurchaseHistoryServiceMain.class, args);
  }
}
