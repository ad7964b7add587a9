package io.taskloom.cli.commands.servers;

import io.taskloom.cli.AbstractCommand;
import com.google.common.collect.ImmutableMap;
import io.taskloom.jdbc.runner.JdbcExecutor;
import picocli.CommandLine;

import java.util.Map;

@CommandLine.Command(
    name = "executor",
    description = "Start the Taskloom executor"
)
public class ExecutorCommand extends AbstractCommand {
    @Override
    public Map<String, Object> propertiesOverrides() {
        return ImmutableMap.of("taskloom.server-type", "EXECUTOR");
    }

    @Override
    public Integer call() throws Exception {
        super.call();

        JdbcExecutor executorService = applicationContext.getBean(JdbcExecutor.class);
        executorService.run();

        awaitShutdown();
        return 0;
    }
}
