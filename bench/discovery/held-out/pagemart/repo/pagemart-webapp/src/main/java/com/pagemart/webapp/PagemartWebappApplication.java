package com.pagemart.webapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PagemartWebappApplication {
    public static void main(String[] args) {
        SpringApplication.run(PagemartWebappApplication.class, args);
    }
}
