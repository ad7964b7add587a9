package com.bayshore.customerselfservice;

import com.bayshore.customerselfservice.domain.RequestStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestStatusTest {

    @Test
    void submittedRequestCanOnlyBeAnsweredByPolicyManagement() {
        assertThat(RequestStatus.REQUEST_SUBMITTED.canTransitionTo(RequestStatus.QUOTE_RECEIVED)).isTrue();
        assertThat(RequestStatus.REQUEST_SUBMITTED.canTransitionTo(RequestStatus.QUOTE_ACCEPTED)).isFalse();
    }

    @Test
    void policyCreatedIsFinal() {
        for (RequestStatus next : RequestStatus.values()) {
            assertThat(RequestStatus.POLICY_CREATED.canTransitionTo(next)).isFalse();
        }
    }
}
