package org.tailwag.clinic.customers.web;

import org.tailwag.clinic.customers.model.Pet;
import org.tailwag.clinic.customers.model.PetType;

import java.util.Date;

record PetDetails(long id, String name, String owner, Date birthDate, PetType type) {

    PetDetails(Pet pet) {
        this(pet.getId(), pet.getName(),
            pet.getOwner().getFirstName() + " " + pet.getOwner().getLastName(),
            pet.getBirthDate(), pet.getType());
    }
}
