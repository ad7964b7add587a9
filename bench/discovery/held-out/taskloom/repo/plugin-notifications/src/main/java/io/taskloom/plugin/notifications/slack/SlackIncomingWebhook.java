package io.taskloom.plugin.notifications.slack;

import io.taskloom.core.http.client.HttpClient;
import io.taskloom.core.models.tasks.RunnableTask;
import io.taskloom.core.plugins.Plugin;
import io.taskloom.core.runners.RunContext;
import io.taskloom.core.http.client.HttpClient.HttpConfiguration;
import io.taskloom.core.models.tasks.Task;
import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.experimental.SuperBuilder;

import java.net.URI;

@SuperBuilder
@Getter
@NoArgsConstructor
@Plugin.Example(
    title = "Send a Slack notification on a failed flow execution.",
    full = true,
    code = """
        id: unreliable_flow
        namespace: company.team

        tasks:
          - id: fail
            type: io.taskloom.plugin.scripts.shell.Commands
            commands:
              - exit 1

        errors:
          - id: alert_on_failure
            type: io.taskloom.plugin.notifications.slack.SlackIncomingWebhook
            url: "{{ secret('SLACK_WEBHOOK') }}" # https://hooks.slack.com/services/xzy/xyz/xyz
            payload: |
              {
                "text": "Failure alert for flow {{ flow.namespace }}.{{ flow.id }} with ID {{ execution.id }}"
              }
        """
)
public class SlackIncomingWebhook extends Task implements RunnableTask<Void> {
    /**
     * Slack incoming webhook URL, see https://api.slack.com/messaging/webhooks
     */
    @NotBlank
    protected String url;

    /**
     * Slack message payload.
     */
    protected String payload;

    /**
     * The HTTP client options (timeouts, proxy).
     */
    protected HttpConfiguration options;

    @Override
    public Void run(RunContext runContext) throws Exception {
        String renderedUrl = runContext.render(this.url);

        try (HttpClient client = HttpClient.builder()
            .runContext(runContext)
            .configuration(this.options)
            .build()) {
            String body = runContext.render(payload);
            runContext.logger().debug("Send Slack webhook: {}", body);

            HttpClient.HttpResponse response = client.request("POST", URI.create(renderedUrl), null, body, "application/json");
            runContext.logger().debug("Response: {}", response.body());

            if (response.status() == 200) {
                runContext.logger().info("Request succeeded");
            }
        }

        return null;
    }
}
