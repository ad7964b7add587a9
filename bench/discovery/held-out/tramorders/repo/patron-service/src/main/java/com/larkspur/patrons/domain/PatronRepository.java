package com.larkspur.patrons.domain;

import org.springframework.data.repository.CrudRepository;

public interface PatronRepository extends CrudRepository<Patron, Long> {
}
