package io.kestrel.bourse.common;

/**
 * Event bus addresses and discovery record names shared by all services.
 */
public final class Addresses {

  /** Market ticks published by the quote generator. */
  public static final String MARKET_DATA = "market";

  /** Portfolio service proxy address. */
  public static final String PORTFOLIO_SERVICE = "service.portfolio";

  /** Buy / sell operations published by the portfolio service. */
  public static final String PORTFOLIO_EVENTS = "portfolio";

  public static final String MARKET_DATA_RECORD = "market-data";
  public static final String PORTFOLIO_RECORD = "portfolio";
  public static final String QUOTES_RECORD = "quotes";
  public static final String AUDIT_RECORD = "audit";
  public static final String PORTFOLIO_EVENTS_RECORD = "portfolio-events";

  private Addresses() {
  }
}
