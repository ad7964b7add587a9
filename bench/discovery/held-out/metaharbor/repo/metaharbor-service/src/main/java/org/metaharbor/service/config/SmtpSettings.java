package org.metaharbor.service.config;

import lombok.Data;

/** Generated from metaharbor-spec smtpSettings.json (hand-trimmed). */
@Data
public class SmtpSettings {
  public enum TransportationStrategy {
    SMTP,
    SMTPS,
    SMTP_TLS
  }

  private String emailingEntity = "Metaharbor";
  private String supportUrl;
  private Boolean enableSmtpServer = false;
  private String metaharborUrl;
  private String senderMail;
  private String serverEndpoint;
  private Integer serverPort;
  private String username;
  private String password;
  private TransportationStrategy transportationStrategy = TransportationStrategy.SMTP_TLS;
}
