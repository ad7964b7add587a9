package io.legendsarena.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * Exposes the UI configuration to the single-page application. The React app loads
 * {@code /env.js} before its bundle and calls the fights API directly from the browser.
 */
@Path("/env.js")
public class JavascriptConfigResource {
  private static final String JS_TEMPLATE = "window.APP_CONFIG=%s;";

  private final UIConfig config;

  public JavascriptConfigResource(UIConfig config) {
    this.config = config;
  }

  @GET
  @Produces("application/javascript")
  public String getConfig() {
    return JS_TEMPLATE.formatted(
      "{\"API_BASE_URL\":\"%s\",\"CALCULATE_API_BASE_URL\":%s}".formatted(this.config.baseUrl(), this.config.calculateApiBaseUrl())
    );
  }
}
