package io.kestrel.bourse.quote;

import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;

import java.util.List;

final class CompositeFutureHelper {

  private CompositeFutureHelper() {
  }

  @SuppressWarnings("rawtypes")
  static Future<Void> all(List<Future> futures) {
    return CompositeFuture.all(futures).mapEmpty();
  }
}
