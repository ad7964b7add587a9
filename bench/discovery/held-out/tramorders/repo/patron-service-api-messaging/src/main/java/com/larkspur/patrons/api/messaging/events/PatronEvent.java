package com.larkspur.patrons.api.messaging.events;

import io.eventuate.tram.events.common.DomainEvent;

public interface PatronEvent extends DomainEvent {
}
