package io.taskloom.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.TransactionalCallable;
import org.jooq.TransactionalRunnable;
import org.jooq.exception.DataAccessException;

import java.sql.SQLTransientConnectionException;

@Singleton
public class JooqDSLContextWrapper {
    private static final int MAX_ATTEMPTS = 20;

    private final DSLContext dslContext;

    @Inject
    public JooqDSLContextWrapper(DSLContext dslContext) {
        this.dslContext = dslContext;
    }

    public void transaction(TransactionalRunnable transactional) {
        transactionResult(configuration -> {
            transactional.run(configuration);
            return null;
        });
    }

    public <T> T transactionResult(TransactionalCallable<T> transactional) {
        int attempt = 0;
        while (true) {
            try {
                return dslContext.transactionResult(transactional);
            } catch (DataAccessException e) {
                if (++attempt >= MAX_ATTEMPTS || !(e.getCause() instanceof SQLTransientConnectionException)) {
                    throw e;
                }
            }
        }
    }
}
