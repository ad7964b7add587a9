package com.coinbox.statistics.service;

import com.coinbox.statistics.domain.Account;
import com.coinbox.statistics.domain.Currency;
import com.coinbox.statistics.domain.timeseries.DataPoint;
import com.coinbox.statistics.repository.DataPointRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.util.Assert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Service
public class StatisticsServiceImpl implements StatisticsService {

	private final Logger log = LoggerFactory.getLogger(getClass());

	@Autowired
	private DataPointRepository repository;

	@Autowired
	private ExchangeRatesService ratesService;

	@Override
	public List<DataPoint> findByAccountName(String accountName) {
		Assert.hasLength(accountName);
		return repository.findByAccount(accountName);
	}

	@Override
	public DataPoint save(String accountName, Account account) {

		BigDecimal incomes = sum(account.getIncomes());
		BigDecimal expenses = sum(account.getExpenses());

		Map<String, BigDecimal> statistics = new HashMap<>();
		statistics.put("INCOMES_AMOUNT", incomes);
		statistics.put("EXPENSES_AMOUNT", expenses);
		statistics.put("SAVING_AMOUNT", account.getSavingAmount());

		DataPoint point = new DataPoint();
		point.setId(accountName + ":" + LocalDate.now());
		point.setAccount(accountName);
		point.setStatistics(statistics);
		point.setRates(ratesService.getCurrentRates());

		log.debug("new datapoint has been created: {}", point.getId());

		return repository.save(point);
	}

	private BigDecimal sum(List<Account.Item> items) {
		return items.stream()
				.map(i -> ratesService.convert(i.getCurrency(), Currency.getBase(), i.getAmount()))
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.setScale(4, RoundingMode.HALF_UP);
	}
}
