package io.taskloom.cli.commands.servers;

import io.taskloom.cli.AbstractCommand;
import com.google.common.collect.ImmutableMap;
import io.taskloom.scheduler.AbstractScheduler;
import picocli.CommandLine;

import java.util.Map;

@CommandLine.Command(
    name = "scheduler",
    description = "Start the Taskloom scheduler"
)
public class SchedulerCommand extends AbstractCommand {
    @Override
    public Map<String, Object> propertiesOverrides() {
        return ImmutableMap.of("taskloom.server-type", "SCHEDULER");
    }

    @Override
    public Integer call() throws Exception {
        super.call();

        AbstractScheduler scheduler = applicationContext.getBean(AbstractScheduler.class);
        scheduler.run();

        awaitShutdown();
        return 0;
    }
}
