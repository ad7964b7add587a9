package io.syncbay.workers;

import io.micronaut.runtime.Micronaut;

public class WorkerApplication {
  public static void main(final String[] args) {
    Micronaut.build(args).mainClass(WorkerApplication.class).start();
  }
}
