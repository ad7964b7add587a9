package org.tailwag.clinic.vets.web;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tailwag.clinic.vets.model.Vet;
import org.tailwag.clinic.vets.model.VetRepository;

import java.util.List;

@RequestMapping("/vets")
@RestController
class VetResource {

    private final VetRepository vetRepository;

    VetResource(VetRepository vetRepository) {
        this.vetRepository = vetRepository;
    }

    @GetMapping
    @Cacheable("vets")
    public List<Vet> showResourcesVetList() {
        return vetRepository.findAll();
    }
}
