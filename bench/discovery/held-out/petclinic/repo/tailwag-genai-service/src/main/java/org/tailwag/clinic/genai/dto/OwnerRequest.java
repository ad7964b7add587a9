package org.tailwag.clinic.genai.dto;

public record OwnerRequest(String firstName, String lastName, String address, String city, String telephone) {
}
