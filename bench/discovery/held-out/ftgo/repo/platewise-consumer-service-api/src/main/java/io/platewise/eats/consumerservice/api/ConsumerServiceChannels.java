package io.platewise.eats.consumerservice.api;

public class ConsumerServiceChannels {

  public static final String CONSUMER_SERVICE_COMMAND_CHANNEL = "consumerService";

  public static final String CONSUMER_AGGREGATE_TYPE = "io.platewise.eats.consumerservice.domain.Consumer";
}
