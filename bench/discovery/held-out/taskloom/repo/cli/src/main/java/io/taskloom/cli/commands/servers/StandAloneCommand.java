package io.taskloom.cli.commands.servers;

import io.taskloom.cli.AbstractCommand;
import com.google.common.collect.ImmutableMap;
import io.taskloom.jdbc.runner.JdbcExecutor;
import io.taskloom.scheduler.AbstractScheduler;
import io.taskloom.worker.DefaultWorker;
import io.micronaut.runtime.server.EmbeddedServer;
import picocli.CommandLine;

import java.io.File;
import java.util.Map;

@CommandLine.Command(
    name = "standalone",
    description = "Start the standalone all-in-one server"
)
public class StandAloneCommand extends AbstractCommand {
    @CommandLine.Option(names = {"-f", "--flow-path"}, description = "the flow path containing flow to inject at startup (when running with a memory flow repository)")
    private File flowPath;

    @CommandLine.Option(names = {"--worker-thread"}, description = "the number of worker threads, defaults to four times the number of available processors")
    private int workerThread = Runtime.getRuntime().availableProcessors() * 4;

    @CommandLine.Option(names = {"--skip-executions"}, split = ",", description = "a list of execution identifiers to skip")
    private java.util.List<String> skipExecutions = java.util.Collections.emptyList();

    @Override
    public Map<String, Object> propertiesOverrides() {
        return ImmutableMap.of("taskloom.server-type", "STANDALONE");
    }

    @Override
    public Integer call() throws Exception {
        super.call();

        JdbcExecutor executor = applicationContext.getBean(JdbcExecutor.class);
        new Thread(executor, "executor").start();

        DefaultWorker worker = applicationContext.createBean(DefaultWorker.class, workerThread, null);
        worker.run();

        AbstractScheduler scheduler = applicationContext.getBean(AbstractScheduler.class);
        scheduler.run();

        EmbeddedServer server = applicationContext.getBean(EmbeddedServer.class);
        server.start();

        awaitShutdown();
        return 0;
    }
}
