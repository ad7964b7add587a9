package com.thistlewood.bramble.backofficebff;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BackofficeBffApplication {

    public static void main(String[] args) {
        SpringApplication.run(BackofficeBffApplication.class, args);
    }
}
