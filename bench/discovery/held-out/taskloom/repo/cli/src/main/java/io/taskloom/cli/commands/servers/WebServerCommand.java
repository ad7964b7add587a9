package io.taskloom.cli.commands.servers;

import io.taskloom.cli.AbstractCommand;
import com.google.common.collect.ImmutableMap;
import io.micronaut.runtime.server.EmbeddedServer;
import lombok.extern.slf4j.Slf4j;
import picocli.CommandLine;

import java.util.Map;

@CommandLine.Command(
    name = "webserver",
    description = "Start the Taskloom webserver"
)
@Slf4j
public class WebServerCommand extends AbstractCommand {
    @Override
    public Map<String, Object> propertiesOverrides() {
        return ImmutableMap.of("taskloom.server-type", "WEBSERVER");
    }

    @Override
    public Integer call() throws Exception {
        super.call();

        EmbeddedServer server = applicationContext.getBean(EmbeddedServer.class);
        server.start();
        log.info("Webserver started on {}", server.getURL());

        awaitShutdown();
        return 0;
    }
}
