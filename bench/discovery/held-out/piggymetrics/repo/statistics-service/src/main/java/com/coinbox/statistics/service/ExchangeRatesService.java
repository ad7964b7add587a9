package com.coinbox.statistics.service;

import com.coinbox.statistics.domain.Currency;

import java.math.BigDecimal;
import java.util.Map;

public interface ExchangeRatesService {

	/** Requests today's foreign exchange rates from the provider, or reuses the cached ones. */
	Map<Currency, BigDecimal> getCurrentRates();

	/** Converts given amount to specified currency. */
	BigDecimal convert(Currency from, Currency to, BigDecimal amount);
}
