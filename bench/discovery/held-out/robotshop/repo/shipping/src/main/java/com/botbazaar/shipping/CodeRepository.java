package com.botbazaar.shipping;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.PagingAndSortingRepository;

interface CodeRepository extends PagingAndSortingRepository<Code, Long> {
    Iterable<Code> findAll(Sort sort);

    Code findById(long id);
}
