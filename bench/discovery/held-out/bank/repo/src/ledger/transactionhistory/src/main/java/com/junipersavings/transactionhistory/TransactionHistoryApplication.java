package com.junipersavings.transactionhistory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class TransactionHistoryApplication {
    public static void main(String[] args) {
        SpringApplication.run(TransactionHistoryApplication.class, args);
    }
}
