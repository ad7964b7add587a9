package io.keelwise.pricing;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

@MappedEntity("tariff")
public record Tariff(@Id @GeneratedValue Long id,
                     String productCode,
                     String coverCode,
                     BigDecimal basePremium,
                     BigDecimal lengthFactor,
                     BigDecimal offshoreMultiplier) {
}
