package io.taskloom.cli.commands.servers;

import io.taskloom.cli.AbstractCommand;
import picocli.CommandLine;

@CommandLine.Command(
    name = "server",
    description = "Handle servers",
    mixinStandardHelpOptions = true,
    subcommands = {
        ExecutorCommand.class,
        StandAloneCommand.class,
        WebServerCommand.class,
        WorkerCommand.class,
        SchedulerCommand.class,
    }
)
public class ServerCommand extends AbstractCommand {
    @Override
    public Integer call() throws Exception {
        super.call();
        return new CommandLine(ServerCommand.class).execute("--help");
    }
}
