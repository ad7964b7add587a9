package com.railwaygo.station;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface StationRepository extends MongoRepository<Station, String> {
    Optional<Station> findByName(String name);
}
