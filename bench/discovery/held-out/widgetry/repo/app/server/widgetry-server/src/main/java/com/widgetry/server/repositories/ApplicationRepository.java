package com.widgetry.server.repositories;

import com.widgetry.server.domains.Application;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

public interface ApplicationRepository extends ReactiveMongoRepository<Application, String> {
    Flux<Application> findByWorkspaceId(String workspaceId);
}
