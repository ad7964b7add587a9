package com.botbazaar.shipping;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;

class RetryableDataSource extends AbstractDataSource {
    private static final Logger logger = LoggerFactory.getLogger(RetryableDataSource.class);

    private final DataSource dataSource;

    public RetryableDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Retryable(maxAttempts = 10, backoff = @Backoff(multiplier = 2.3, maxDelay = 30000))
    public Connection getConnection() throws SQLException {
        logger.info("getConnection");
        return dataSource.getConnection();
    }

    @Override
    @Retryable(maxAttempts = 10, backoff = @Backoff(multiplier = 2.3, maxDelay = 30000))
    public Connection getConnection(String username, String password) throws SQLException {
        logger.info("getConnection (username, password)");
        return dataSource.getConnection(username, password);
    }
}
