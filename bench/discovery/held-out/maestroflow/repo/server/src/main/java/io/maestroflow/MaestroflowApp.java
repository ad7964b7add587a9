package io.maestroflow;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.Properties;

import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// DataSource auto-config is excluded so the JDBC modules only bind one when maestroflow.db.type selects them
@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class MaestroflowApp {

    private static final Logger log = LoggerFactory.getLogger(MaestroflowApp.class);

    public static void main(String[] args) throws IOException {
        loadExternalConfig();
        SpringApplication.run(MaestroflowApp.class, args);
    }

    /**
     * Reads properties from the location given by the MAESTROFLOW_CONFIG_FILE env var (set by
     * docker/server/bin/startup.sh from CONFIG_PROP) and exposes them as System properties.
     */
    private static void loadExternalConfig() throws IOException {
        String configFile = System.getProperty("MAESTROFLOW_CONFIG_FILE", System.getenv("MAESTROFLOW_CONFIG_FILE"));
        if (StringUtils.isNotBlank(configFile)) {
            log.info("Loading {}", configFile);
            try (FileInputStream in = new FileInputStream(configFile)) {
                Properties props = new Properties();
                props.load(in);
                props.forEach((k, v) -> System.setProperty(k.toString(), v.toString()));
            }
        }
    }
}
