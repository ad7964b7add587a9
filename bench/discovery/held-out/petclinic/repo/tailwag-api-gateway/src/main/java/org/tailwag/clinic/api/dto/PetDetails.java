package org.tailwag.clinic.api.dto;

import java.util.ArrayList;
import java.util.List;

public record PetDetails(int id, String name, String birthDate, PetType type, List<VisitDetails> visits) {

    public PetDetails {
        visits = visits == null ? new ArrayList<>() : visits;
    }

    public record PetType(String name) {
    }
}
