package com.sagaflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.sagaflow.domain.Order;
import com.sagaflow.payment.fraud.FraudCheckProperties;
import com.sagaflow.payment.fraud.FraudScoreClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class FraudScoreClientTest {

    @Test
    void highScoreIsRejected() {
        RestClient.Builder builder = RestClient.builder();
        MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
        server.expect(requestTo("http://fraud.test/v2/score"))
                .andRespond(withSuccess("{\"score\":91,\"decision\":\"review\"}", MediaType.APPLICATION_JSON));

        FraudScoreClient client = new FraudScoreClient(builder,
                new FraudCheckProperties(true, "http://fraud.test", "test-key", Duration.ofSeconds(1), 70));

        assertThat(client.isAllowed(new Order(1L, 1L, 1L, 1, 100))).isFalse();
    }
}
