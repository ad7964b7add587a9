package io.taskloom.cli;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.Environment;
import io.taskloom.cli.commands.servers.ServerCommand;
import picocli.CommandLine;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@CommandLine.Command(
    name = "taskloom",
    versionProvider = App.VersionProvider.class,
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    mixinStandardHelpOptions = true,
    subcommands = {
        ServerCommand.class,
    }
)
public class App implements Callable<Integer> {
    public static void main(String[] args) {
        execute(App.class, args);
    }

    @Override
    public Integer call() throws Exception {
        return new CommandLine(App.class).execute("--help");
    }

    protected static void execute(Class<?> cls, String... args) {
        // Build the context based on the subcommand so that a server only starts the beans of its role
        ApplicationContext applicationContext = App.applicationContext(cls, args);

        int exitCode = new CommandLine(cls, new MicronautFactory(applicationContext)).execute(args);

        applicationContext.close();
        System.exit(exitCode);
    }

    public static ApplicationContext applicationContext(Class<?> mainClass, String[] args) {
        ApplicationContextBuilder builder = ApplicationContext
            .builder()
            .mainClass(mainClass)
            .environments(Environment.CLI);

        CommandLine cmd = new CommandLine(mainClass, CommandLine.defaultFactory());
        CommandLine.ParseResult parseResult = cmd.parseArgs(args);
        Map<String, Object> properties = new HashMap<>();

        for (CommandLine.ParseResult sub = parseResult; sub != null; sub = sub.subcommand()) {
            Object command = sub.commandSpec().userObject();
            if (command instanceof AbstractCommand abstractCommand) {
                properties.putAll(abstractCommand.propertiesOverrides());
                abstractCommand.configFile().ifPresent(path -> builder.overrideConfigLocations(path.toString()));
            }
        }

        builder.properties(properties);
        return builder.build().start();
    }

    public static class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = App.class.getPackage().getImplementationVersion();
            return new String[]{version == null ? "dev" : version};
        }
    }
}
