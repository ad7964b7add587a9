package com.coinbox.statistics.service;

import com.coinbox.statistics.client.ExchangeRatesClient;
import com.coinbox.statistics.domain.Currency;
import com.coinbox.statistics.domain.ExchangeRatesContainer;
import com.google.common.collect.ImmutableMap;
import org.junit.Before;
import org.junit.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;

import java.math.BigDecimal;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.*;
import static org.mockito.MockitoAnnotations.initMocks;

public class ExchangeRatesServiceImplTest {

	@InjectMocks
	private ExchangeRatesServiceImpl ratesService;

	@Mock
	private ExchangeRatesClient client;

	@Before
	public void setup() {
		initMocks(this);
	}

	@Test
	public void shouldConvertCurrency() {
		ExchangeRatesContainer container = new ExchangeRatesContainer();
		container.setRates(ImmutableMap.of(
				Currency.EUR.name(), new BigDecimal("0.8"),
				Currency.RUB.name(), new BigDecimal("80")));

		when(client.getRates(Currency.getBase())).thenReturn(container);

		BigDecimal result = ratesService.convert(Currency.USD, Currency.RUB, new BigDecimal("100"));
		assertEquals(0, new BigDecimal("8000").compareTo(result));
		verify(client, times(1)).getRates(Currency.getBase());
	}
}
