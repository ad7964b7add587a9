package com.gatestore.invoice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.discovery.EnableDiscoveryClient;
import org.springframework.core.env.Environment;
import tech.jhipster.config.DefaultProfileUtil;

@SpringBootApplication
@EnableDiscoveryClient
@EnableConfigurationProperties({ LiquibaseProperties.class })
public class InvoiceApp {

    private static final Logger log = LoggerFactory.getLogger(InvoiceApp.class);

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(InvoiceApp.class);
        DefaultProfileUtil.addDefaultProfile(app);
        Environment env = app.run(args).getEnvironment();
        log.info(
            "\n----------------------------------------------------------\n\t" +
            "Application '{}' is running on port {}\n\tProfile(s): \t{}\n" +
            "----------------------------------------------------------",
            env.getProperty("spring.application.name"),
            env.getProperty("server.port"),
            env.getActiveProfiles()
        );
    }
}
