package com.crosswind.products;

import com.microsoft.applicationinsights.attach.ApplicationInsights;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ProductsApplication {

    public static void main(String[] args) {
        if (System.getenv("APPLICATIONINSIGHTS_CONNECTION_STRING") != null) {
            ApplicationInsights.attach();
        }
        SpringApplication.run(ProductsApplication.class, args);
    }
}
