package io.taskloom.cli;

import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import lombok.extern.slf4j.Slf4j;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@CommandLine.Command(mixinStandardHelpOptions = true)
@Slf4j
public abstract class AbstractCommand implements Callable<Integer> {
    @CommandLine.Option(names = {"-v", "--verbose"}, description = "Change log level. Multiple -v options increase the verbosity.")
    protected boolean[] verbose = new boolean[0];

    @CommandLine.Option(names = {"-c", "--config"}, description = "Path to a configuration file")
    protected Path config = Paths.get(System.getProperty("user.home"), ".taskloom/config.yml");

    @CommandLine.Option(names = {"-p", "--plugins"}, description = "Path to plugins directory")
    protected Path pluginsPath = Optional.ofNullable(System.getenv("TASKLOOM_PLUGINS_PATH")).map(Paths::get).orElse(null);

    @Inject
    protected ApplicationContext applicationContext;

    public Map<String, Object> propertiesOverrides() {
        return Map.of();
    }

    public Optional<Path> configFile() {
        return config != null && Files.exists(config) ? Optional.of(config) : Optional.empty();
    }

    @Override
    public Integer call() throws Exception {
        log.info("Starting Taskloom with environments {}", System.getenv().getOrDefault("MICRONAUT_ENVIRONMENTS", "default"));
        return 0;
    }

    protected static void awaitShutdown() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(latch::countDown, "taskloom-shutdown-hook"));
        latch.await();
    }
}
