package io.lineagehub.metadata.entity.ebean;

import io.ebean.Database;
import io.ebean.Transaction;
import io.ebean.TxScope;
import io.ebean.annotation.TxIsolation;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Function;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;

/** Reads and writes rows of metadata_aspect_v2 through Ebean (MySQL in the default deployment). */
public class EbeanAspectDao {

  private final Database _server;

  public EbeanAspectDao(@Nonnull final Database server) {
    _server = server;
  }

  @Nullable
  public EbeanAspectV2 getLatestAspect(@Nonnull String urn, @Nonnull String aspectName) {
    return _server.find(EbeanAspectV2.class)
        .where()
        .eq(EbeanAspectV2.URN_COLUMN, urn)
        .eq(EbeanAspectV2.ASPECT_COLUMN, aspectName)
        .eq(EbeanAspectV2.VERSION_COLUMN, 0L)
        .findOne();
  }

  public void saveAspect(@Nonnull EbeanAspectV2 aspect, boolean insert) {
    if (insert) {
      _server.insert(aspect);
    } else {
      _server.update(aspect);
    }
  }

  public List<EbeanAspectV2> streamAspects(int start, int batchSize) {
    return _server.find(EbeanAspectV2.class)
        .where().eq(EbeanAspectV2.VERSION_COLUMN, 0L)
        .orderBy().asc(EbeanAspectV2.URN_COLUMN)
        .setFirstRow(start).setMaxRows(batchSize)
        .findList();
  }

  public <T> T runInTransactionWithRetry(@Nonnull Function<Transaction, T> block, int maxTransactionRetry) {
    int retryCount = 0;
    Exception lastException = null;
    do {
      try (Transaction transaction = _server.beginTransaction(TxScope.requiresNew().setIsolation(TxIsolation.REPEATABLE_READ))) {
        T result = block.apply(transaction);
        transaction.commit();
        return result;
      } catch (Exception e) {
        lastException = e;
      }
    } while (++retryCount <= maxTransactionRetry);
    throw new RuntimeException("Failed with exception after " + maxTransactionRetry + " retries", lastException);
  }

  public static Timestamp now() {
    return new Timestamp(System.currentTimeMillis());
  }
}
