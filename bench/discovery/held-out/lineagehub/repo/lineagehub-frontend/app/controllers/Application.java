package controllers;

import akka.util.ByteString;
import com.typesafe.config.Config;
import java.util.concurrent.CompletableFuture;
import javax.inject.Inject;
import play.http.HttpEntity;
import play.libs.ws.StandaloneWSClient;
import play.libs.ws.StandaloneWSRequest;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.ResponseHeader;
import play.mvc.Result;
import play.mvc.Security;

public class Application extends Controller {

  private final Config _config;
  private final StandaloneWSClient _ws;

  @Inject
  public Application(StandaloneWSClient ws, Config config) {
    _ws = ws;
    _config = config;
  }

  /** Proxies /api/** and /openapi/** to the metadata service (GMS). */
  @Security.Authenticated(Authenticator.class)
  public CompletableFuture<Result> proxy(String path, Http.Request request) {
    final String host = _config.getString("metadataService.host");
    final int port = _config.getInt("metadataService.port");
    final boolean useSsl = _config.hasPath("metadataService.useSsl") && _config.getBoolean("metadataService.useSsl");
    final String protocol = useSsl ? "https" : "http";
    final String resolvedUri = mapPath(request.uri());

    StandaloneWSRequest req = _ws.url(String.format("%s://%s:%s%s", protocol, host, port, resolvedUri))
        .setMethod(request.method())
        .addHeader(Http.HeaderNames.AUTHORIZATION, getAuthorizationHeaderValueToProxy(request))
        .addHeader("X-LineageHub-Actor", getLineageHubActorHeader(request));
    request.contentType().ifPresent(ct -> req.setContentType(ct));
    request.body().asBytes();

    return req.setBody(request.body().asBytes() == null ? ByteString.emptyByteString() : request.body().asBytes())
        .execute()
        .thenApply(resp -> new Result(new ResponseHeader(resp.getStatus(), java.util.Map.of()),
            new HttpEntity.Strict(resp.getBodyAsBytes(), java.util.Optional.ofNullable(resp.getContentType()))))
        .toCompletableFuture();
  }

  public Result healthcheck() {
    return ok("GOOD");
  }

  public Result index(String path) {
    return ok(views.html.index.render());
  }

  private static String mapPath(String path) {
    if (path.startsWith("/api/v2/graphql")) {
      return "/api/graphql";
    }
    if (path.startsWith("/api/gms")) {
      return path.replace("/api/gms", "");
    }
    return path;
  }

  private String getAuthorizationHeaderValueToProxy(Http.Request request) {
    return request.session().get("token").map(t -> "Bearer " + t).orElse("");
  }

  private String getLineageHubActorHeader(Http.Request request) {
    return request.session().get("actor").orElse("");
  }
}
