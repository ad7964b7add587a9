package io.gatewise.rest.api.service;

import io.gatewise.rest.api.model.Api;
import io.gatewise.rest.api.repository.ApiRepository;
import io.gatewise.rest.api.repository.EventRepository;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

class ApiServiceTest {

    @Test
    void start_should_set_lifecycle_state() {
        ApiRepository apis = mock(ApiRepository.class);
        Api api = new Api();
        api.setId("api-1");
        when(apis.findById("api-1")).thenReturn(Optional.of(api));
        when(apis.save(any())).thenAnswer(i -> i.getArgument(0));

        ApiService service = new ApiService(apis, mock(EventRepository.class), mock(EmailService.class));
        assertEquals("STARTED", service.start("api-1").getLifecycleState());
    }
}
