package com.junipersavings.balancereader;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class BalanceReaderApplication {
    public static void main(String[] args) {
        SpringApplication.run(BalanceReaderApplication.class, args);
    }
}
