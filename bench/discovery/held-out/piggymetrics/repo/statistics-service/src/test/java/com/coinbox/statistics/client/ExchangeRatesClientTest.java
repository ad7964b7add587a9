package com.coinbox.statistics.client;

import com.coinbox.statistics.domain.Currency;
import com.coinbox.statistics.domain.ExchangeRatesContainer;
import org.junit.Ignore;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.junit4.SpringRunner;

import static org.junit.Assert.assertNotNull;

@RunWith(SpringRunner.class)
@SpringBootTest(properties = "rates.url=http://localhost:8089")
@Ignore("needs the WireMock stub from scripts/, run by hand")
public class ExchangeRatesClientTest {

	@Autowired
	private ExchangeRatesClient client;

	@Test
	public void shouldRetrieveExchangeRates() {
		ExchangeRatesContainer container = client.getRates(Currency.getBase());
		assertNotNull(container.getRates());
	}
}
