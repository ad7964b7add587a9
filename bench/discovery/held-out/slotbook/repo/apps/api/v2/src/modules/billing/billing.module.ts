import { BullModule } from "@nestjs/bull";
import { Module } from "@nestjs/common";

import { MembershipsModule } from "../memberships/memberships.module";
import { OrganizationsModule } from "../organizations/organizations.module";
import { PrismaModule } from "../prisma/prisma.module";
import { StripeModule } from "../stripe/stripe.module";
import { UsersModule } from "../users/users.module";
import { BillingController } from "./controllers/billing.controller";
import { BillingProcessor, BILLING_QUEUE } from "./billing.processor";
import { BillingRepository } from "./billing.repository";
import { BillingConfigService } from "./services/billing.config.service";
import { BillingService } from "./services/billing.service";

@Module({
  imports: [
    PrismaModule,
    StripeModule,
    MembershipsModule,
    OrganizationsModule,
    UsersModule,
    BullModule.registerQueue({
      name: BILLING_QUEUE,
      limiter: {
        max: 1,
        duration: 1000,
      },
    }),
  ],
  providers: [BillingConfigService, BillingService, BillingRepository, BillingProcessor],
  exports: [BillingService, BillingRepository],
  controllers: [BillingController],
})
export class BillingModule {}
