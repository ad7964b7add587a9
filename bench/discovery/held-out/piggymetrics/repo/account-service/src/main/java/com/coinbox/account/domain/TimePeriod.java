package com.coinbox.account.domain;

public enum TimePeriod {

	YEAR, QUARTER, MONTH, DAY, HOUR
}
