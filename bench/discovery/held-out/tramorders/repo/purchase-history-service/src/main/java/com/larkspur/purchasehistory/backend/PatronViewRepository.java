package com.larkspur.purchasehistory.backend;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PatronViewRepository extends MongoRepository<PatronView, Long>, PatronViewRepositoryCustom {
}
