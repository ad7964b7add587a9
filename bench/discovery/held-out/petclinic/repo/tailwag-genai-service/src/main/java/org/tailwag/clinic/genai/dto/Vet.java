package org.tailwag.clinic.genai.dto;

import java.util.List;

public record Vet(Integer id, String firstName, String lastName, List<Specialty> specialties) {

    public record Specialty(Integer id, String name) {
    }
}
