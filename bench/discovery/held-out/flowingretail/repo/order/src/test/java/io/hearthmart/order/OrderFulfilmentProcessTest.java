package io.hearthmart.order;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;

/**
 * Runs the BPMN model against the in-memory Zeebe test engine - no broker, no Kafka.
 */
@ZeebeProcessTest
class OrderFulfilmentProcessTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;

  @BeforeEach
  void deploy() {
    client.newDeployResourceCommand()
        .addResourceFromClasspath("order-fulfilment.bpmn")
        .send().join();
  }

  @Test
  void waitsForPaymentAfterRetrievePaymentJob() throws Exception {
    ProcessInstanceEvent instance = client.newCreateInstanceCommand()
        .bpmnProcessId("order-fulfilment").latestVersion()
        .variables(Map.of("orderId", "hm-1", "traceId", "t-1"))
        .send().join();

    var jobs = client.newActivateJobsCommand().jobType("retrieve-payment").maxJobsToActivate(1).send().join();
    client.newCompleteCommand(jobs.getJobs().get(0).getKey()).send().join();
    engine.waitForIdleState(Duration.ofSeconds(2));

    assertThat(instance).isWaitingAtElements("PaymentReceived");
  }
}
