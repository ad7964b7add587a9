/*
 * Stardust Supply — ad service.
 */
package com.stardust.ad;

import dev.openfeature.contrib.providers.flagd.FlagdOptions;
import dev.openfeature.contrib.providers.flagd.FlagdProvider;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.MutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import io.grpc.*;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.io.IOException;
import java.util.*;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import stardust.AdServiceGrpc;
import stardust.Demo.Ad;
import stardust.Demo.AdRequest;
import stardust.Demo.AdResponse;

public final class AdService {

  private static final Logger logger = LogManager.getLogger(AdService.class);

  private static final int MAX_ADS_TO_SERVE = 2;
  private static final String AD_FAILURE = "adFailure";
  private static final String AD_MANUAL_GC = "adManualGc";
  private static final String AD_HIGH_CPU = "adHighCpu";

  private static final Meter meter = GlobalOpenTelemetry.getMeter("stardust.ad");
  private static final LongCounter adRequestsCounter =
      meter.counterBuilder("app.ads.ad_requests").setDescription("Counts ad requests by request and response type").build();

  private static final AttributeKey<String> adRequestTypeKey = AttributeKey.stringKey("app.ads.ad_request_type");
  private static final AttributeKey<String> adResponseTypeKey = AttributeKey.stringKey("app.ads.ad_response_type");

  private Server server;
  private HealthStatusManager healthMgr;

  private static final AdService service = new AdService();

  private void start() throws IOException {
    int port = Integer.parseInt(Optional.ofNullable(System.getenv("AD_PORT"))
        .orElseThrow(() -> new IllegalStateException("environment vars: AD_PORT must not be null")));
    healthMgr = new HealthStatusManager();

    // Reads FLAGD_HOST / FLAGD_PORT (defaults localhost:8013) — see FlagdOptions.
    FlagdOptions options = FlagdOptions.builder().withGlobalTelemetry(true).build();
    FlagdProvider flagdProvider = new FlagdProvider(options);
    OpenFeatureAPI.getInstance().setProvider(flagdProvider);

    server = ServerBuilder.forPort(port)
        .addService(new AdServiceImpl())
        .addService(healthMgr.getHealthService())
        .build()
        .start();
    logger.info("Ad service started, listening on " + port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("*** shutting down gRPC ads server since JVM is shutting down");
      AdService.this.stop();
      System.err.println("*** server shut down");
    }));
    healthMgr.setStatus("", ServingStatus.SERVING);
  }

  private void stop() {
    if (server != null) {
      healthMgr.clearStatus("");
      server.shutdown();
    }
  }

  private enum AdRequestType { TARGETED, NOT_TARGETED }
  private enum AdResponseType { TARGETED, RANDOM }

  private static class AdServiceImpl extends AdServiceGrpc.AdServiceImplBase {

    @Override
    public void getAds(AdRequest req, StreamObserver<AdResponse> responseObserver) {
      AdService service = AdService.getInstance();
      Span span = Span.current();
      Client ffClient = OpenFeatureAPI.getInstance().getClient();
      EvaluationContext evaluationContext = new MutableContext().add("session", UUID.randomUUID().toString());

      try {
        List<Ad> allAds = new ArrayList<>();
        AdRequestType adRequestType;
        AdResponseType adResponseType;

        span.setAttribute("app.ads.contextKeys", req.getContextKeysList().toString());
        span.setAttribute("app.ads.contextKeys.count", req.getContextKeysCount());
        if (req.getContextKeysCount() > 0) {
          for (int i = 0; i < req.getContextKeysCount(); i++) {
            allAds.addAll(service.getAdsByCategory(req.getContextKeys(i)));
          }
          adRequestType = AdRequestType.TARGETED;
        } else {
          adRequestType = AdRequestType.NOT_TARGETED;
        }

        if (allAds.isEmpty()) {
          allAds = service.getRandomAds();
          adResponseType = AdResponseType.RANDOM;
        } else {
          adResponseType = AdResponseType.TARGETED;
        }

        adRequestsCounter.add(1, Attributes.of(adRequestTypeKey, adRequestType.name(), adResponseTypeKey, adResponseType.name()));

        if (ffClient.getBooleanValue(AD_FAILURE, false, evaluationContext) && new Random().nextInt(10) == 0) {
          throw new StatusRuntimeException(Status.UNAVAILABLE);
        }
        if (ffClient.getBooleanValue(AD_MANUAL_GC, false, evaluationContext)) {
          System.gc();
        }

        AdResponse reply = AdResponse.newBuilder().addAllAds(allAds).build();
        responseObserver.onNext(reply);
        responseObserver.onCompleted();
      } catch (StatusRuntimeException e) {
        span.addEvent("Error", Attributes.of(AttributeKey.stringKey("exception.message"), e.getMessage()));
        span.setStatus(StatusCode.ERROR);
        logger.log(org.apache.logging.log4j.Level.WARN, "GetAds Failed with status {}", e.getStatus());
        responseObserver.onError(e);
      }
    }
  }

  @WithSpan("getAdsByCategory")
  private Collection<Ad> getAdsByCategory(@SpanAttribute("app.ads.category") String category) {
    Collection<Ad> ads = AdCatalog.byCategory().get(category);
    Span.current().setAttribute("app.ads.count", ads.size());
    return ads;
  }

  private static final Random random = new Random();

  private List<Ad> getRandomAds() {
    List<Ad> ads = new ArrayList<>(MAX_ADS_TO_SERVE);
    List<Ad> allAds = new ArrayList<>(AdCatalog.byCategory().values());
    for (int i = 0; i < MAX_ADS_TO_SERVE; i++) {
      ads.add(allAds.get(random.nextInt(allAds.size())));
    }
    Span.current().setAttribute("app.ads.count", ads.size());
    return ads;
  }

  private static AdService getInstance() {
    return service;
  }

  private void blockUntilShutdown() throws InterruptedException {
    if (server != null) {
      server.awaitTermination();
    }
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    logger.info("Ad service starting.");
    final AdService service = AdService.getInstance();
    service.start();
    service.blockUntilShutdown();
  }
}
