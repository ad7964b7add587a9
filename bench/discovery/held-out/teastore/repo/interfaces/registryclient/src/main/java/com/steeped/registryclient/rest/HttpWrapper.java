package com.steeped.registryclient.rest;

import javax.ws.rs.client.Invocation.Builder;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.MediaType;

/** Adds the headers every internal call carries (JSON, and the trace id when Kieker is on). */
public final class HttpWrapper {

  private static final ThreadLocal<String> TRACE_ID = new ThreadLocal<>();

  private HttpWrapper() {
  }

  public static void setTraceId(String id) {
    TRACE_ID.set(id);
  }

  public static Builder wrap(WebTarget target) {
    Builder b = target.request(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON);
    String trace = TRACE_ID.get();
    if (trace != null) {
      b = b.header("KiekerTracingInfo", trace);
    }
    return b;
  }
}
