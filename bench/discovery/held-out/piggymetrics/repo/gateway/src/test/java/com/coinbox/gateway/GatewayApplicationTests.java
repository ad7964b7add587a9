package com.coinbox.gateway;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.junit4.SpringRunner;

@RunWith(SpringRunner.class)
@SpringBootTest(properties = {
		"spring.cloud.config.enabled=false",
		"eureka.client.enabled=false",
		"zuul.routes.account-service.path=/accounts/**",
		"zuul.routes.account-service.url=http://localhost:6000"
})
public class GatewayApplicationTests {

	@Test
	public void contextLoads() {
	}
}
