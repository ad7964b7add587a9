package com.larkspur.patrons;

import com.larkspur.patrons.messaging.PatronMessagingConfiguration;
import com.larkspur.patrons.web.PatronWebConfiguration;
import io.eventuate.tram.spring.jdbckafka.TramJdbcKafkaConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import({PatronWebConfiguration.class, PatronMessagingConfiguration.class, TramJdbcKafkaConfiguration.class})
public class PatronServiceMain {

  public static void main(String[] args) {
    SpringApplication.run(PatronServiceMain.class, args);
  }
}
