package com.bayshore.customerselfservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jms.annotation.EnableJms;

@SpringBootApplication
@EnableJms
public class CustomerSelfServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(CustomerSelfServiceApplication.class, args);
    }
}
