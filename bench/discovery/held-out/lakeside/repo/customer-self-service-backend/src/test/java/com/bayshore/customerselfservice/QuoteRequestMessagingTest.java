package com.bayshore.customerselfservice;

import com.bayshore.customerselfservice.domain.InsuranceQuoteRequestAggregateRoot;
import com.bayshore.customerselfservice.domain.InsuranceQuoteRequestRepository;
import com.bayshore.customerselfservice.domain.MessagingEvents.InsuranceQuoteResponseEvent;
import com.bayshore.customerselfservice.domain.RequestStatus;
import com.bayshore.customerselfservice.infrastructure.CustomerCoreRemoteProxy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.jms.core.JmsTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Runs against an embedded, non-persistent broker; no ActiveMQ container needed. */
@SpringBootTest(properties = {
        "spring.activemq.broker-url=vm://localhost?broker.persistent=false",
        "spring.datasource.url=jdbc:h2:mem:quotes",
        "eureka.client.enabled=false",
        "spring.boot.admin.client.enabled=false"
})
class QuoteRequestMessagingTest {

    @Autowired JmsTemplate jms;
    @Autowired InsuranceQuoteRequestRepository requests;
    @MockBean CustomerCoreRemoteProxy customerCore;

    @Test
    void quoteResponseMovesRequestToQuoteReceived() {
        var request = requests.save(new InsuranceQuoteRequestAggregateRoot("rgpp0wkpec", LocalDate.now().plusDays(30),
                "Life Insurance", new BigDecimal("300")));

        jms.convertAndSend("insurance-quote-responses", new InsuranceQuoteResponseEvent(Instant.now(), request.getId(),
                true, Instant.now().plus(7, ChronoUnit.DAYS), new BigDecimal("250"), new BigDecimal("1000000")));

        await().untilAsserted(() ->
                assertThat(requests.findById(request.getId()).orElseThrow().getStatus())
                        .isEqualTo(RequestStatus.QUOTE_RECEIVED));
    }
}
