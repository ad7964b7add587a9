package org.tailwag.clinic.api.dto;

public record VisitDetails(Integer id, Integer petId, String date, String description) {
}
