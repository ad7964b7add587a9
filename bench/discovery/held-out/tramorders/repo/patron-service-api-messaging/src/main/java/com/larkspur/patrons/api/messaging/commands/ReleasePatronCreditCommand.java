package com.larkspur.patrons.api.messaging.commands;

import io.eventuate.tram.commands.common.Command;

public class ReleasePatronCreditCommand implements Command {

  public static final String CHANNEL = "patronCommandChannel";

  private long patronId;
  private long purchaseId;

  public ReleasePatronCreditCommand() {
  }

  public ReleasePatronCreditCommand(long patronId, long purchaseId) {
    this.patronId = patronId;
    this.purchaseId = purchaseId;
  }

  public long getPatronId() { return patronId; }
  public void setPatronId(long patronId) { this.patronId = patronId; }
  public long getPurchaseId() { return purchaseId; }
  public void setPurchaseId(long purchaseId) { this.purchaseId = purchaseId; }
}
