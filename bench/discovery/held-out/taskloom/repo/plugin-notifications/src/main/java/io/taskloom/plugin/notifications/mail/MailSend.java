package io.taskloom.plugin.notifications.mail;

import io.taskloom.core.models.tasks.RunnableTask;
import io.taskloom.core.models.tasks.Task;
import io.taskloom.core.plugins.Plugin;
import io.taskloom.core.runners.RunContext;
import jakarta.validation.constraints.NotNull;
import lombok.Builder;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.experimental.SuperBuilder;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;

import java.time.Duration;

@SuperBuilder
@Getter
@NoArgsConstructor
@Plugin.Example(
    title = "Send an email on a failed flow execution.",
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
          - id: send_email
            type: io.taskloom.plugin.notifications.mail.MailSend
            from: hello@taskloom.example
            to: hello@taskloom.example
            username: "{{ secret('EMAIL_USERNAME') }}"
            password: "{{ secret('EMAIL_PASSWORD') }}"
            host: mail.privateemail.com
            port: 465
            subject: "Taskloom workflow failed for the flow {{ flow.id }} in the namespace {{ flow.namespace }}"
            htmlTextContent: "Failure alert for flow {{ flow.namespace }}.{{ flow.id }} with ID {{ execution.id }}"
        """
)
public class MailSend extends Task implements RunnableTask<Void> {
    /* Server info */
    @NotNull
    private String host;

    @NotNull
    private Integer port;

    @Builder.Default
    private TransportStrategy transportStrategy = TransportStrategy.SMTPS;

    @Builder.Default
    private Integer sessionTimeout = 10000;

    private String username;

    private String password;

    /* Mail info */
    private String from;

    @NotNull
    private String to;

    private String cc;

    private String subject;

    protected String htmlTextContent;

    protected String plainTextContent;

    @Override
    public Void run(RunContext runContext) throws Exception {
        runContext.logger().debug("Sending an email to {}", to);

        Email email = EmailBuilder.startingBlank()
            .to(runContext.render(to))
            .from(runContext.render(from))
            .withSubject(runContext.render(subject))
            .withHTMLText(runContext.render(htmlTextContent))
            .withPlainText(runContext.render(plainTextContent))
            .withReturnReceiptTo()
            .buildEmail();

        try (Mailer mailer = MailerBuilder
            .withSMTPServer(runContext.render(host), port, runContext.render(username), runContext.render(password))
            .withTransportStrategy(transportStrategy)
            .withSessionTimeout((int) Duration.ofMillis(sessionTimeout).toMillis())
            .buildMailer()) {
            mailer.sendMail(email);
        }

        return null;
    }
}
