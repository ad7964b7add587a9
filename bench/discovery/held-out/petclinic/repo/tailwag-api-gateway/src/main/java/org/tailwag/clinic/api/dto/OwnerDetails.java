package org.tailwag.clinic.api.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayList;
import java.util.List;

public record OwnerDetails(
    int id,
    String firstName,
    String lastName,
    String address,
    String city,
    String telephone,
    List<PetDetails> pets) {

    public OwnerDetails {
        pets = pets == null ? new ArrayList<>() : pets;
    }

    @JsonIgnore
    public List<Integer> getPetIds() {
        return pets.stream().map(PetDetails::id).toList();
    }
}
