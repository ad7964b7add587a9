package com.bayshore.customercore.domain;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;

@Embeddable
public record Address(@NotBlank String streetAddress, @NotBlank String postalCode, @NotBlank String city) {
}
