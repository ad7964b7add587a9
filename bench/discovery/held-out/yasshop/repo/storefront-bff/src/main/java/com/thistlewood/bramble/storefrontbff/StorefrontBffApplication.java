package com.thistlewood.bramble.storefrontbff;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StorefrontBffApplication {

    public static void main(String[] args) {
        SpringApplication.run(StorefrontBffApplication.class, args);
    }
}
