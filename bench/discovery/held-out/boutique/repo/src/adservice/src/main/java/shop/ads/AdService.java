package shop.ads;

import com.google.common.collect.ImmutableListMultimap;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import shop.ads.proto.Shop.Ad;
import shop.ads.proto.Shop.AdRequest;
import shop.ads.proto.Shop.AdResponse;
import shop.ads.proto.AdServiceGrpc;

public final class AdService {

  private static final Logger logger = LogManager.getLogger(AdService.class);
  private static final int MAX_ADS_TO_SERVE = 2;
  private static final Random random = new Random();

  private Server server;
  private HealthStatusManager healthMgr;

  private void start() throws IOException {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "9555"));
    healthMgr = new HealthStatusManager();
    server =
        ServerBuilder.forPort(port)
            .addService(new AdServiceImpl())
            .addService(healthMgr.getHealthService())
            .build()
            .start();
    logger.info("Ad Service started, listening on " + port);
    Runtime.getRuntime().addShutdownHook(new Thread(AdService.this::stop));
    healthMgr.setStatus("", ServingStatus.SERVING);
  }

  private void stop() {
    if (server != null) {
      healthMgr.clearStatus("");
      server.shutdown();
    }
  }

  private static class AdServiceImpl extends AdServiceGrpc.AdServiceImplBase {
    @Override
    public void getAds(AdRequest req, StreamObserver<AdResponse> responseObserver) {
      List<Ad> allAds = new ArrayList<>();
      logger.info("received ad request (context_words=" + req.getContextKeysList() + ")");
      for (String key : req.getContextKeysList()) {
        allAds.addAll(adsMap.get(key));
      }
      if (allAds.isEmpty()) {
        allAds = getRandomAds();
      }
      responseObserver.onNext(AdResponse.newBuilder().addAllAds(allAds).build());
      responseObserver.onCompleted();
    }
  }

  private static final ImmutableListMultimap<String, Ad> adsMap = createAdsMap();

  private static List<Ad> getRandomAds() {
    List<Ad> ads = new ArrayList<>(MAX_ADS_TO_SERVE);
    Collection<Ad> allAds = adsMap.values();
    for (int i = 0; i < MAX_ADS_TO_SERVE; i++) {
      ads.add(com.google.common.collect.Iterables.get(allAds, random.nextInt(allAds.size())));
    }
    return ads;
  }

  private static ImmutableListMultimap<String, Ad> createAdsMap() {
    Ad watch = Ad.newBuilder().setRedirectUrl("/product/1YMWWN1N4O").setText("Watch for sale. Buy one, get second kit for free").build();
    Ad sunglasses = Ad.newBuilder().setRedirectUrl("/product/OLJCESPC7Z").setText("Sunglasses for sale. 20% off.").build();
    Ad tank = Ad.newBuilder().setRedirectUrl("/product/66VCHSJNUP").setText("Tank top for sale. 20% off.").build();
    return ImmutableListMultimap.<String, Ad>builder()
        .putAll("clothing", tank)
        .putAll("accessories", watch, sunglasses)
        .build();
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    final AdService service = new AdService();
    service.start();
    service.server.awaitTermination();
  }
}
