package io.gatewise.rest.api.repository;

import io.gatewise.rest.api.model.Event;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface EventRepository extends MongoRepository<Event, String> {
}
