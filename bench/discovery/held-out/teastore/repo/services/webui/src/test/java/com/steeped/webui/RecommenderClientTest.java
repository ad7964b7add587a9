package com.steeped.webui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collections;

import org.junit.Rule;
import org.junit.Test;

import com.github.tomakehurst.wiremock.junit.WireMockRule;
import com.steeped.registryclient.RegistryClient;
import com.steeped.registryclient.rest.LoadBalancedRecommenderOperations;

public class RecommenderClientTest {

  @Rule
  public WireMockRule fakeRegistryAndRecommender = new WireMockRule(18090);

  @Test
  public void recommendationsComeBackAsIds() {
    RegistryClient.getClient().setRegistryRestUrl(
        "http://localhost:18090/steeped.registry/rest/services/");
    stubFor(get(urlEqualTo("/steeped.registry/rest/services/steeped.recommender/"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("[\"localhost:18090\"]")));
    stubFor(post(urlPathEqualTo("/steeped.recommender/rest/recommend"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("[7, 3, 12]")));
    assertEquals(Arrays.asList(7L, 3L, 12L),
        LoadBalancedRecommenderOperations.getRecommendations(Collections.emptyList(), null));
  }
}
