package org.tailwag.clinic.api.dto;

import java.util.List;

public record Visits(List<VisitDetails> items) {
}
