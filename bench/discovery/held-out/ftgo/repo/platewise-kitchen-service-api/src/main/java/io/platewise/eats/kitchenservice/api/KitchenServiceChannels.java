package io.platewise.eats.kitchenservice.api;

public class KitchenServiceChannels {

  public static final String KITCHEN_SERVICE_COMMAND_CHANNEL = "kitchenService";

  public static final String TICKET_EVENT_CHANNEL = "io.platewise.eats.kitchenservice.domain.Ticket";
}
