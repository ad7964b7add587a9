package io.taskloom.cli.commands.servers;

import io.taskloom.cli.AbstractCommand;
import com.google.common.collect.ImmutableMap;
import io.taskloom.worker.DefaultWorker;
import picocli.CommandLine;

import java.util.Map;

@CommandLine.Command(
    name = "worker",
    description = "Start the Taskloom worker"
)
public class WorkerCommand extends AbstractCommand {
    @CommandLine.Option(names = {"-t", "--thread"}, description = "The max number of worker threads, defaults to four times the number of available processors")
    private int thread = Runtime.getRuntime().availableProcessors() * 4;

    @CommandLine.Option(names = {"-g", "--worker-group"}, description = "The worker group key, must match the regex [a-zA-Z0-9_-]+ (EE only)")
    private String workerGroupKey = null;

    @Override
    public Map<String, Object> propertiesOverrides() {
        return ImmutableMap.of("taskloom.server-type", "WORKER");
    }

    @Override
    public Integer call() throws Exception {
        super.call();

        DefaultWorker worker = applicationContext.createBean(DefaultWorker.class, thread, workerGroupKey);
        worker.run();

        awaitShutdown();
        return 0;
    }
}
