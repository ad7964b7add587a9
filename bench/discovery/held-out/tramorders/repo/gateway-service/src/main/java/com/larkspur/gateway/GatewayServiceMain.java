package com.larkspur.gateway;

import com.larkspur.gateway.patrons.PatronConfiguration;
import com.larkspur.gateway.purchases.PurchaseConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import({PatronConfiguration.class, PurchaseConfiguration.class})
public class GatewayServiceMain {

  public static void main(String[] args) {
    SpringApplication.run(GatewayServiceMain.class, args);
  }
}
