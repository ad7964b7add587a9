package io.platewise.eats.consumerservice.domain;

import io.eventuate.tram.commands.consumer.CommandHandlers;
import io.eventuate.tram.commands.consumer.CommandMessage;
import io.eventuate.tram.messaging.common.Message;
import io.eventuate.tram.sagas.participant.SagaCommandHandlersBuilder;
import io.platewise.eats.consumerservice.api.ConsumerServiceChannels;
import io.platewise.eats.consumerservice.api.ValidateOrderByConsumer;

import static io.eventuate.tram.commands.consumer.CommandHandlerReplyBuilder.withFailure;
import static io.eventuate.tram.commands.consumer.CommandHandlerReplyBuilder.withSuccess;

public class ConsumerServiceCommandHandlers {

  private final ConsumerService consumerService;

  public ConsumerServiceCommandHandlers(ConsumerService consumerService) {
    this.consumerService = consumerService;
  }

  public CommandHandlers commandHandlers() {
    return SagaCommandHandlersBuilder
            .fromChannel(ConsumerServiceChannels.CONSUMER_SERVICE_COMMAND_CHANNEL)
            .onMessage(ValidateOrderByConsumer.class, this::validateOrderForConsumer)
            .build();
  }

  private Message validateOrderForConsumer(CommandMessage<ValidateOrderByConsumer> cm) {
    ValidateOrderByConsumer command = cm.getCommand();
    try {
      consumerService.validateOrderForConsumer(command.getConsumerId(), command.getOrderTotal());
      return withSuccess();
    } catch (Consumer.ConsumerVerificationFailedException | ConsumerService.ConsumerNotFoundException e) {
      return withFailure();
    }
  }
}
