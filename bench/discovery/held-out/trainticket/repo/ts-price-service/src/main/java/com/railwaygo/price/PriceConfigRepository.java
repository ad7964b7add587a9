package com.railwaygo.price;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface PriceConfigRepository extends MongoRepository<PriceConfig, String> {
    Optional<PriceConfig> findByRouteIdAndTrainType(String routeId, String trainType);
}
