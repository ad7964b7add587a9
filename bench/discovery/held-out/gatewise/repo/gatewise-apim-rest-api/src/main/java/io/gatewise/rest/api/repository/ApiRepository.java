package io.gatewise.rest.api.repository;

import io.gatewise.rest.api.model.Api;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

public interface ApiRepository extends MongoRepository<Api, String> {

    List<Api> findByEnvironmentId(String environmentId);

    List<Api> findByLifecycleState(String lifecycleState);
}
