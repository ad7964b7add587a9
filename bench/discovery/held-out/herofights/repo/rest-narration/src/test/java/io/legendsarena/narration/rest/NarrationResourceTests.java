package io.legendsarena.narration.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class NarrationResourceTests {
  @Test
  void narrates() {
    given()
      .contentType(ContentType.JSON)
      .body("""
        {"winnerName":"Storm Warden","winnerLevel":27,"winnerPowers":"Weather Control","loserName":"Grim Reaper",
         "loserLevel":18,"loserPowers":"Immortality","winnerTeam":"heroes","loserTeam":"villains",
         "location":{"name":"Gotham City","description":"A dark and gritty metropolis"}}
        """)
      .post("/api/narration")
      .then()
      .statusCode(200)
      .body(containsString("Gotham City"));
  }
}
