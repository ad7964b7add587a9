/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.msa;

import lombok.extern.slf4j.Slf4j;
import org.testcontainers.containers.DockerComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testng.annotations.AfterSuite;
import org.testng.annotations.BeforeSuite;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Starts the docker/ compose files (plus test overrides) with Testcontainers and waits for the
 * load balancer. Tests then talk to https://localhost and tcp://localhost:1883.
 */
@Slf4j
public class ContainerTestSuite {

    private static final String SOURCE_DIR = "./../../docker/";
    private static final String SG_CORE_LOG_REGEXP = ".*Starting polling for events.*";
    private static final String TRANSPORTS_LOG_REGEXP = ".*Going to recalculate partitions.*";

    private static DockerComposeContainer<?> testContainer;

    @BeforeSuite
    public void beforeSuite() {
        List<File> composeFiles = Arrays.asList(
                new File(SOURCE_DIR + "docker-compose.yml"),
                new File(SOURCE_DIR + "docker-compose.postgres.yml"),
                new File(SOURCE_DIR + "docker-compose.kafka.yml"),
                new File(SOURCE_DIR + "docker-compose.redis.yml"));
        log.info("Compose files: {}", composeFiles.stream().map(File::getName).collect(Collectors.joining(",")));

        testContainer = new DockerComposeContainer<>(composeFiles)
                .withPull(false)
                .withLocalCompose(true)
                .withEnv("SG_QUEUE_TYPE", "kafka")
                .waitingFor("sg-core1", Wait.forLogMessage(SG_CORE_LOG_REGEXP, 1).withStartupTimeout(Duration.ofSeconds(400)))
                .waitingFor("sg-http-transport1", Wait.forLogMessage(TRANSPORTS_LOG_REGEXP, 1).withStartupTimeout(Duration.ofSeconds(400)))
                .waitingFor("sg-mqtt-transport1", Wait.forLogMessage(TRANSPORTS_LOG_REGEXP, 1).withStartupTimeout(Duration.ofSeconds(400)));
        testContainer.start();
    }

    public static String loginAsTenant() {
        RestAssured.useRelaxedHTTPSValidation();
        return RestAssured.given()
                .baseUri("https://localhost")
                .contentType(ContentType.JSON)
                .body("{\"username\":\"tenant@sensorgrid.org\",\"password\":\"tenant\"}")
                .post("/api/auth/login")
                .then().statusCode(200)
                .extract().jsonPath().getString("token");
    }

    public static void postTelemetry(String accessToken) {
        RestAssured.given()
                .baseUri("http://localhost:8081")
                .contentType(ContentType.JSON)
                .body("{\"temperature\":42}")
                .post("/api/v1/{accessToken}/telemetry", accessToken)
                .then().statusCode(200);
    }

    @AfterSuite
    public void afterSuite() {
        if (testContainer != null) {
            testContainer.stop();
        }
    }
}
