package org.tailwag.clinic.genai.dto;

public record PetDetails(int id, String name, String birthDate, PetType type) {

    public record PetType(int id, String name) {
    }
}
