package com.larkspur.patrons.messaging;

import com.larkspur.patrons.api.messaging.commands.ReleasePatronCreditCommand;
import com.larkspur.patrons.domain.PatronService;
import io.eventuate.tram.commands.consumer.CommandHandlers;
import io.eventuate.tram.commands.consumer.CommandMessage;
import io.eventuate.tram.messaging.common.Message;
import io.eventuate.tram.commands.consumer.CommandHandlersBuilder;

import static io.eventuate.tram.commands.consumer.CommandHandlerReplyBuilder.withSuccess;

public class PatronCommandHandler {

  private final PatronService patronService;

  public PatronCommandHandler(PatronService patronService) {
    this.patronService = patronService;
  }

  public CommandHandlers commandHandlers() {
    return CommandHandlersBuilder
            .fromChannel(ReleasePatronCreditCommand.CHANNEL)
            .onMessage(ReleasePatronCreditCommand.class, this::releaseCredit)
            .build();
  }

  public Message releaseCredit(CommandMessage<ReleasePatronCreditCommand> cm) {
    ReleasePatronCreditCommand cmd = cm.getCommand();
    patronService.releaseCredit(cmd.getPurchaseId(), cmd.getPatronId());
    return withSuccess();
  }
}
