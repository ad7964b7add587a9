package com.steeped.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.Assert.assertEquals;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import com.github.tomakehurst.wiremock.junit.WireMockRule;
import com.steeped.auth.rest.AuthCartRest;
import com.steeped.entities.SessionBlob;
import com.steeped.registryclient.RegistryClient;

/** Registry and persistence are both faked by one WireMock server on localhost. */
public class AuthCartRestTest {

  @Rule
  public WireMockRule fake = new WireMockRule(18089);

  @Before
  public void stubs() {
    RegistryClient.getClient().setRegistryRestUrl(
        "http://localhost:18089/steeped.registry/rest/services/");
    stubFor(get(urlEqualTo("/steeped.registry/rest/services/steeped.persistence/"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("[\"localhost:18089\"]")));
    stubFor(get(urlPathEqualTo("/steeped.persistence/rest/products/42"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("{\"id\":42,\"categoryId\":2,\"name\":\"Sencha\",\"listPriceInCents\":1250}")));
  }

  @Test
  public void addingAProductTakesThePriceFromPersistence() {
    SessionBlob blob = (SessionBlob) new AuthCartRest().add(new SessionBlob(), 42).getEntity();
    assertEquals(1, blob.getOrderItems().size());
    assertEquals(1250, blob.getOrderItems().get(0).getUnitPriceInCents());
  }
}
