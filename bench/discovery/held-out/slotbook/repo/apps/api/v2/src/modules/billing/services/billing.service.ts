import { InjectQueue } from "@nestjs/bull";
import { BadRequestException, Injectable, Logger, NotFoundException } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { Queue } from "bull";
import Stripe from "stripe";

import type { AppConfig } from "../../../config/type";
import { StripeService } from "../../stripe/stripe.service";
import { BILLING_QUEUE, INCREMENT_JOB, IncrementUsageJobDataType } from "../billing.processor";
import { BillingRepository } from "../billing.repository";
import { BillingConfigService } from "./billing.config.service";

@Injectable()
export class BillingService {
  private logger = new Logger("BillingService");
  private readonly webAppUrl: string;

  constructor(
    private readonly billingRepository: BillingRepository,
    public readonly stripeService: StripeService,
    private readonly configService: ConfigService<AppConfig>,
    private readonly billingConfigService: BillingConfigService,
    @InjectQueue(BILLING_QUEUE) private readonly billingQueue: Queue
  ) {
    this.webAppUrl = this.configService.get("app.baseUrl", { infer: true }) ?? "https://app.slotbook.example";
  }

  async getBillingData(teamId: number) {
    const teamWithBilling = await this.billingRepository.getBillingForTeam(teamId);
    if (teamWithBilling?.customerId) {
      const customer = await this.stripeService.stripe.customers.retrieve(teamWithBilling.customerId);
      if (!customer || customer.deleted) {
        throw new NotFoundException("Failed to find customer in Stripe.");
      }
      return { team: teamWithBilling, status: "valid", plan: teamWithBilling.plan };
    }
    return { team: teamWithBilling, status: "no_subscription", plan: "none" };
  }

  async createSubscriptionForTeam(teamId: number, plan: string) {
    const teamWithBilling = await this.billingRepository.getBillingForTeam(teamId);
    let brandNewBilling = false;

    let customerId = teamWithBilling?.customerId;
    if (!teamWithBilling?.customerId) {
      customerId = await this.stripeService.createCustomer(teamId);
      brandNewBilling = true;
    }
    if (!customerId) throw new NotFoundException("No customer id found for team.");

    const { url } = await this.stripeService.stripe.checkout.sessions.create({
      customer: customerId,
      line_items: [{ price: this.billingConfigService.get(plan)?.base, quantity: 1 }],
      success_url: `${this.webAppUrl}/settings/platform/`,
      cancel_url: `${this.webAppUrl}/settings/platform/`,
      mode: "subscription",
      metadata: { teamId: teamId.toString(), plan: plan.toString() },
      currency: "usd",
    });
    if (!url) throw new BadRequestException("Failed to create Stripe session.");

    if (brandNewBilling) {
      await this.billingRepository.createTeamBilling(teamId, customerId);
    }
    return url;
  }

  async handleStripeSubscriptionDeleted(event: Stripe.Event) {
    const subscription = event.data.object as Stripe.Subscription;
    const teamId = subscription?.metadata?.teamId;
    if (teamId) {
      await this.billingRepository.deleteBilling(Number.parseInt(teamId));
    }
  }

  /**
   * Adds a job to the queue to increment usage of a stripe subscription.
   * we delay the job until the booking starts.
   * the delay ensure we can adapt to cancel / reschedule.
   */
  async increaseUsageByUserId(
    userId: number,
    booking: { uid: string; startTime: Date; fromReschedule?: string | null }
  ) {
    const { uid, startTime, fromReschedule } = booking;
    const delay = startTime.getTime() - Date.now();
    if (fromReschedule) {
      // cancel the usage increment job for the booking that is being rescheduled
      await this.cancelUsageByBookingUid(fromReschedule);
      this.logger.log(`Cancelled usage increment job for rescheduled booking uid ${fromReschedule}`);
    }
    await this.billingQueue.add(
      INCREMENT_JOB,
      { userId } satisfies IncrementUsageJobDataType,
      { delay: delay > 0 ? delay : 0, jobId: `increment-${uid}`, removeOnComplete: true }
    );
    this.logger.log(`Added stripe usage increment job for booking ${uid} and user ${userId}`);
  }

  async cancelUsageByBookingUid(bookingUid: string) {
    const job = await this.billingQueue.getJob(`increment-${bookingUid}`);
    if (job) {
      await job.remove();
      this.logger.log(`Removed increment job for cancelled booking ${bookingUid}`);
    }
  }
}
