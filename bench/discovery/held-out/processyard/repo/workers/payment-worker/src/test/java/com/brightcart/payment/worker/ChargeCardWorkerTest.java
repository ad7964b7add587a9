package com.brightcart.payment.worker;

import static io.processyard.process.test.assertions.BpmnAssert.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.brightcart.payment.quillpay.ChargeResponse;
import com.brightcart.payment.quillpay.QuillpayClient;
import io.processyard.client.YardClient;
import io.processyard.process.test.api.YardTestEngine;
import io.processyard.process.test.extension.testcontainer.ProcessyardSpringProcessTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@ProcessyardSpringProcessTest
class ChargeCardWorkerTest {

    @Autowired YardClient client;
    @Autowired YardTestEngine engine;
    @MockBean QuillpayClient quillpay;

    @Test
    void completesChargeTask() throws Exception {
        when(quillpay.charge(any())).thenReturn(new ChargeResponse("ch_123", "succeeded", 4200, "EUR"));

        var instance = client.newCreateInstanceCommand()
                .bpmnProcessId("order-fulfilment").latestVersion()
                .variables(Map.of("orderId", "A-1", "amountCents", 4200, "currency", "EUR", "paymentMethodToken", "pm_x"))
                .send().join();

        engine.waitForIdleState(Duration.ofSeconds(5));
        assertThat(instance).hasPassedElement("Task_ChargeCard");
    }
}
