package com.coinbox.statistics.service;

import com.coinbox.statistics.domain.Account;
import com.coinbox.statistics.domain.timeseries.DataPoint;

import java.util.List;

public interface StatisticsService {

	List<DataPoint> findByAccountName(String accountName);

	DataPoint save(String accountName, Account account);
}
