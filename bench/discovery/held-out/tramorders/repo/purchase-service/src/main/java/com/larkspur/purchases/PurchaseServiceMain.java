package com.larkspur.purchases;

import com.larkspur.purchases.messaging.PurchaseMessagingConfiguration;
import com.larkspur.purchases.web.PurchaseWebConfiguration;
import io.eventuate.tram.spring.jdbckafka.TramJdbcKafkaConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import({PurchaseWebConfiguration.class, PurchaseMessagingConfiguration.class, TramJdbcKafkaConfiguration.class})
public class PurchaseServiceMain {

  public static void main(String[] args) {
    SpringApplication.run(PurchaseServiceMain.class, args);
  }
}
