package io.driftwood.loyalty;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "reward_accounts")
public class RewardAccount extends PanacheEntityBase {

    @Id
    public String memberId;

    public String displayName;

    public String email;

    public int points;

    public String tier = "BEAN";

    public Instant lastVisit;

    public static RewardAccount findOrCreate(String memberId) {
        RewardAccount account = findById(memberId);
        if (account == null) {
            account = new RewardAccount();
            account.memberId = memberId;
            account.displayName = memberId;
            account.persist();
        }
        return account;
    }
}
