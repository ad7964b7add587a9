package io.gatewise.rest.api.service;

import io.gatewise.rest.api.model.Api;
import io.gatewise.rest.api.model.Event;
import io.gatewise.rest.api.repository.ApiRepository;
import io.gatewise.rest.api.repository.EventRepository;
import org.springframework.stereotype.Service;

import java.util.Date;
import java.util.List;
import java.util.Map;

@Service
public class ApiService {

    private final ApiRepository apiRepository;
    private final EventRepository eventRepository;
    private final EmailService emailService;

    public ApiService(ApiRepository apiRepository, EventRepository eventRepository, EmailService emailService) {
        this.apiRepository = apiRepository;
        this.eventRepository = eventRepository;
        this.emailService = emailService;
    }

    public List<Api> findAll(String environmentId) {
        return apiRepository.findByEnvironmentId(environmentId);
    }

    public Api importDefinition(String environmentId, Api api) {
        api.setEnvironmentId(environmentId);
        api.setLifecycleState("STOPPED");
        api.setUpdatedAt(new Date());
        return apiRepository.save(api);
    }

    public Api start(String apiId) {
        Api api = apiRepository.findById(apiId).orElseThrow();
        api.setLifecycleState("STARTED");
        api.setUpdatedAt(new Date());
        apiRepository.save(api);
        return api;
    }

    public void deploy(String apiId) {
        Api api = apiRepository.findById(apiId).orElseThrow();
        eventRepository.save(Event.publishApi(apiId, api.getDefinition()));
        if (api.getPrimaryOwnerEmail() != null) {
            emailService.sendAsync("apiStarted.html", api.getPrimaryOwnerEmail(),
                "API " + api.getName() + " deployed", Map.of("api", api));
        }
    }
}
