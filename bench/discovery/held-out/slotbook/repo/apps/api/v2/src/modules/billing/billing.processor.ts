import { Process, Processor } from "@nestjs/bull";
import { Logger } from "@nestjs/common";
import { Job } from "bull";
import { DateTime } from "luxon";

import { StripeService } from "../stripe/stripe.service";
import { BillingRepository } from "./billing.repository";

export const BILLING_QUEUE = "billing";
export const INCREMENT_JOB = "increment";

export type IncrementUsageJobDataType = {
  userId: number;
};

@Processor(BILLING_QUEUE)
export class BillingProcessor {
  private readonly logger = new Logger(BillingProcessor.name);

  constructor(
    public readonly stripeService: StripeService,
    private readonly billingRepository: BillingRepository
  ) {}

  @Process(INCREMENT_JOB)
  async handleIncrementUsage(job: Job<IncrementUsageJobDataType>) {
    const { userId } = job.data;
    try {
      const platformBilling = await this.billingRepository.getBillingForUser(userId);
      if (!platformBilling?.customerId || !platformBilling.subscriptionId) {
        this.logger.error(`Platform billing for user ${userId} is missing a customer or subscription`);
        return;
      }

      const stripeSubscription = await this.stripeService.stripe.subscriptions.retrieve(
        platformBilling.subscriptionId
      );
      const meteredItem = stripeSubscription.items.data.find(
        (item) => item.price?.recurring?.usage_type === "metered"
      );
      if (!meteredItem) {
        this.logger.error(`No metered item found for subscription ${platformBilling.subscriptionId}`);
        return;
      }

      await this.stripeService.stripe.subscriptionItems.createUsageRecord(meteredItem.id, {
        action: "increment",
        quantity: 1,
        timestamp: Math.floor(DateTime.now().toSeconds()),
      });
      this.logger.log(`Incremented usage for user ${userId}`);
    } catch (err) {
      this.logger.error("Failed to increment usage", { err, userId });
      throw err;
    }
  }
}
