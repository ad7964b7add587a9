package org.apache.skywalking.showcase.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
    "SONGS_URI=http://localhost:18080",
    "RCMD_URI=http://localhost:18081",
    "ACTIVE_MQ_URL=vm://localhost?broker.persistent=false"
})
class GatewayApplicationTests {

    @Test
    void contextLoads() {
    }
}
