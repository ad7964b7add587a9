package com.bayshore.customercore;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CustomerCoreApplication {
    public static void main(String[] args) {
        SpringApplication.run(CustomerCoreApplication.class, args);
    }
}
