package com.bayshore.customermanagement;

import com.bayshore.customermanagement.infrastructure.CustomerCoreRemoteProxy;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = {
        "eureka.client.enabled=false",
        "spring.boot.admin.client.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:test"
})
class CustomerCoreRemoteProxyTest {

    static WireMockServer customerCoreStub = new WireMockServer(wireMockConfig().dynamicPort());

    @BeforeAll
    static void start() { customerCoreStub.start(); }

    @AfterAll
    static void stop() { customerCoreStub.stop(); }

    @DynamicPropertySource
    static void customerCore(DynamicPropertyRegistry registry) {
        registry.add("customercore.baseURL", () -> "http://localhost:" + customerCoreStub.port());
    }

    @Autowired
    CustomerCoreRemoteProxy proxy;

    @Test
    void sendsApiKeyAndMapsCustomer() {
        customerCoreStub.stubFor(get(urlEqualTo("/customers/rgpp0wkpec"))
                .withHeader("Authorization", equalTo("Bearer b4y5h0re-dev-key-not-secret"))
                .willReturn(okJson("""
                        {"customers":[{"customerId":"rgpp0wkpec","customerProfile":{"firstname":"Max","lastname":"Mustermann"},"moveHistory":[]}]}
                        """)));

        var customer = proxy.getCustomer("rgpp0wkpec");

        assertThat(customer).isPresent();
        assertThat(customer.get().customerProfile().lastname()).isEqualTo("Mustermann");
    }

    @Test
    void unknownCustomerIsEmpty() {
        customerCoreStub.stubFor(get(urlEqualTo("/customers/nope")).willReturn(notFound()));
        assertThat(proxy.getCustomer("nope")).isEmpty();
    }
}
