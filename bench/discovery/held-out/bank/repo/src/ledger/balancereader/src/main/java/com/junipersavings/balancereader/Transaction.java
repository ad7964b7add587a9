package com.junipersavings.balancereader;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Date;

/** One row of the ledger. */
@Entity
@Table(name = "transactions")
public class Transaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "transaction_id", nullable = false, updatable = false)
    private long transactionId;

    @Column(name = "from_acct", length = 10, nullable = false, updatable = false)
    private String fromAccountNum;

    @Column(name = "from_route", length = 9, nullable = false, updatable = false)
    private String fromRoutingNum;

    @Column(name = "to_acct", length = 10, nullable = false, updatable = false)
    private String toAccountNum;

    @Column(name = "to_route", length = 9, nullable = false, updatable = false)
    private String toRoutingNum;

    @Column(name = "amount", nullable = false, updatable = false)
    private Integer amount;

    @Column(name = "timestamp", nullable = false, updatable = false)
    private Date timestamp;

    public long getTransactionId() { return transactionId; }
    public String getFromAccountNum() { return fromAccountNum; }
    public String getFromRoutingNum() { return fromRoutingNum; }
    public String getToAccountNum() { return toAccountNum; }
    public String getToRoutingNum() { return toRoutingNum; }
    public Integer getAmount() { return amount; }
    public Date getTimestamp() { return timestamp; }

    public void setTimestamp(Date timestamp) { this.timestamp = timestamp; }
    public void setFromAccountNum(String v) { this.fromAccountNum = v; }
    public void setFromRoutingNum(String v) { this.fromRoutingNum = v; }
    public void setToAccountNum(String v) { this.toAccountNum = v; }
    public void setToRoutingNum(String v) { this.toRoutingNum = v; }
    public void setAmount(Integer v) { this.amount = v; }

    @Override
    public String toString() {
        return String.format("%d: %s->%s $%.2f", transactionId, fromAccountNum, toAccountNum, amount / 100.0);
    }
}
