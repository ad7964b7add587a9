package io.devicegate.service.auth;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.proton.ProtonServer;
import io.vertx.proton.ProtonServerOptions;
import io.vertx.proton.sasl.ProtonSaslAuthenticatorFactory;

/**
 * AMQP 1.0 server that authenticates clients via SASL PLAIN against permissions.json and
 * issues a signed JWT on the "cbs" link which services validate locally.
 */
public class SimpleAuthenticationServer extends AbstractVerticle {

    private final ProtonSaslAuthenticatorFactory authenticatorFactory;

    public SimpleAuthenticationServer(final ProtonSaslAuthenticatorFactory authenticatorFactory) {
        this.authenticatorFactory = authenticatorFactory;
    }

    @Override
    public void start(final Promise<Void> startPromise) {
        final ProtonServer server = ProtonServer.create(vertx, new ProtonServerOptions().setPort(5671).setSsl(true));
        server.saslAuthenticatorFactory(authenticatorFactory);
        server.connectHandler(con -> {
            con.senderOpenHandler(sender -> sender.open());
            con.open();
        });
        server.listen(ar -> startPromise.handle(ar.mapEmpty()));
    }
}
