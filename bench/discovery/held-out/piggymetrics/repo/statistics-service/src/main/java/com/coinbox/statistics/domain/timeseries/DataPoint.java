package com.coinbox.statistics.domain.timeseries;

import com.coinbox.statistics.domain.Currency;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Represents daily time series data point containing
 * current account state (normalised to the base currency).
 */
@Document(collection = "datapoints")
public class DataPoint {

	@Id
	private String id; // "<account>:<yyyy-MM-dd>"

	private String account;

	private Map<String, BigDecimal> statistics;

	private Map<Currency, BigDecimal> rates;

	public String getId() { return id; }
	public void setId(String id) { this.id = id; }
	public String getAccount() { return account; }
	public void setAccount(String account) { this.account = account; }
	public Map<String, BigDecimal> getStatistics() { return statistics; }
	public void setStatistics(Map<String, BigDecimal> statistics) { this.statistics = statistics; }
	public Map<Currency, BigDecimal> getRates() { return rates; }
	public void setRates(Map<Currency, BigDecimal> rates) { this.rates = rates; }
}
