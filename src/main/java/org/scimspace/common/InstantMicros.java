package org.scimspace.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stores an {@link Instant} as microseconds since the epoch. EclipseLink 4.0 does not map
 * {@code Instant} as a basic type and would store it Java-serialized in a binary column,
 * where comparing and sorting only works by accident; a number compares and sorts exactly on
 * every database, independent of the JVM's and the database's time zone. Applies to every
 * {@code Instant} attribute of every entity.
 */
@Converter(autoApply = true)
public class InstantMicros implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    @Override
    public Instant convertToEntityAttribute(Long micros) {
        return micros == null ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
