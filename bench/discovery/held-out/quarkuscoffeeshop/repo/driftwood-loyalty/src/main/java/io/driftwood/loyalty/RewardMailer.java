package io.driftwood.loyalty;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sends "you reached a new tier" mails through the configured SMTP relay (quarkus.mailer.*). */
@ApplicationScoped
public class RewardMailer {

    private static final String BODY = """
            <html><body>
              <p>Hi %s,</p>
              <p>You just reached <strong>%s</strong> at Driftwood Coffee Co. with %d points.
                 Your next drink is on us.</p>
              <p>— the Driftwood crew</p>
            </body></html>
            """;

    @Inject
    ReactiveMailer mailer;

    public Uni<Void> tierReached(RewardAccount account) {
        if (account.email == null || account.email.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        Mail mail = Mail.withHtml(account.email,
                "You're now " + account.tier + " at Driftwood",
                BODY.formatted(account.displayName, account.tier, account.points));
        return mailer.send(mail);
    }
}
