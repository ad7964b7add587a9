package com.steeped.registryclient.util;

/** Thrown when a remote service answers 404. */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException() {
    super("entity not found");
  }
}
