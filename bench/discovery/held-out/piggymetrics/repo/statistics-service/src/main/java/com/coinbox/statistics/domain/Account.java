package com.coinbox.statistics.domain;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/** Subset of the account-service Account that statistics cares about. */
public class Account {

	@Valid
	@NotNull
	private List<Item> incomes;

	@Valid
	@NotNull
	private List<Item> expenses;

	@NotNull
	private BigDecimal savingAmount;

	public List<Item> getIncomes() { return incomes; }
	public void setIncomes(List<Item> incomes) { this.incomes = incomes; }
	public List<Item> getExpenses() { return expenses; }
	public void setExpenses(List<Item> expenses) { this.expenses = expenses; }
	public BigDecimal getSavingAmount() { return savingAmount; }
	public void setSavingAmount(BigDecimal savingAmount) { this.savingAmount = savingAmount; }

	public static class Item {
		@NotNull private String title;
		@NotNull private BigDecimal amount;
		@NotNull private Currency currency;
		@NotNull private String period;

		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public BigDecimal getAmount() { return amount; }
		public void setAmount(BigDecimal amount) { this.amount = amount; }
		public Currency getCurrency() { return currency; }
		public void setCurrency(Currency currency) { this.currency = currency; }
		public String getPeriod() { return period; }
		public void setPeriod(String period) { this.period = period; }
	}
}
