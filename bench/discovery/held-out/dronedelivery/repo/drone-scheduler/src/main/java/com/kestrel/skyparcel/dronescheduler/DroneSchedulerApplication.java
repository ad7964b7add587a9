package com.kestrel.skyparcel.dronescheduler;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DroneSchedulerApplication {
    public static void main(String[] args) {
        SpringApplication.run(DroneSchedulerApplication.class, args);
    }
}
