package io.devicegate.adapter.amqp;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

@QuarkusMain
public class Application implements QuarkusApplication {

    public static void main(final String... args) {
        Quarkus.run(Application.class, args);
    }

    @Override
    public int run(final String... args) {
        Quarkus.waitForExit();
        return 0;
    }
}
