package io.platewise.eats.accountingservice.messaging;

import io.eventuate.tram.commands.consumer.CommandHandlers;
import io.eventuate.tram.commands.consumer.CommandMessage;
import io.eventuate.tram.messaging.common.Message;
import io.eventuate.tram.sagas.participant.SagaCommandHandlersBuilder;
import io.platewise.eats.accountingservice.api.AccountingServiceChannels;
import io.platewise.eats.accountingservice.api.AuthorizeCommand;
import io.platewise.eats.accountingservice.domain.Account;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static io.eventuate.tram.commands.consumer.CommandHandlerReplyBuilder.withFailure;
import static io.eventuate.tram.commands.consumer.CommandHandlerReplyBuilder.withSuccess;

@Component
public class AccountingServiceCommandHandler {

  private final Account.AccountRepository accountRepository;

  public AccountingServiceCommandHandler(Account.AccountRepository accountRepository) {
    this.accountRepository = accountRepository;
  }

  public CommandHandlers commandHandlers() {
    return SagaCommandHandlersBuilder
            .fromChannel(AccountingServiceChannels.ACCOUNTING_SERVICE_COMMAND_CHANNEL)
            .onMessage(AuthorizeCommand.class, this::authorize)
            .build();
  }

  @Transactional
  public Message authorize(CommandMessage<AuthorizeCommand> cm) {
    AuthorizeCommand command = cm.getCommand();
    try {
      Account account = accountRepository.findByConsumerId(command.getConsumerId())
              .orElseThrow(Account.AccountDisabledException::new);
      account.authorize(command.getOrderId(), command.getOrderTotal());
      return withSuccess();
    } catch (Account.AccountDisabledException e) {
      return withFailure();
    }
  }
}
