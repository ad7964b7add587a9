package org.tailwag.clinic.visits.web;

import io.micrometer.core.annotation.Timed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.*;
import org.tailwag.clinic.visits.model.Visit;
import org.tailwag.clinic.visits.model.VisitRepository;

import java.util.List;

@RestController
@Timed("tailwag.visit")
@Validated
class VisitResource {

    private static final Logger log = LoggerFactory.getLogger(VisitResource.class);

    private final VisitRepository visitRepository;

    VisitResource(VisitRepository visitRepository) {
        this.visitRepository = visitRepository;
    }

    @PostMapping("owners/*/pets/{petId}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    public Visit create(@Valid @RequestBody Visit visit, @PathVariable("petId") @Min(1) int petId) {
        visit.setPetId(petId);
        log.info("Saving visit {}", visit.getDescription());
        return visitRepository.save(visit);
    }

    @GetMapping("owners/*/pets/{petId}/visits")
    public List<Visit> read(@PathVariable("petId") @Min(1) int petId) {
        return visitRepository.findByPetId(petId);
    }

    @GetMapping("pets/visits")
    public Visits read(@RequestParam("petId") List<Integer> petIds) {
        return new Visits(visitRepository.findByPetIdIn(petIds));
    }

    record Visits(List<Visit> items) {
    }
}
