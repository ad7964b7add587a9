import { Injectable, NotFoundException } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import Stripe from "stripe";

import type { AppConfig } from "../../config/type";
import { PrismaReadService } from "../prisma/prisma-read.service";

@Injectable()
export class StripeService {
  public stripe: Stripe;

  constructor(configService: ConfigService<AppConfig>, private readonly dbRead: PrismaReadService) {
    this.stripe = new Stripe(configService.get("stripe.apiKey", { infer: true }) ?? "", {
      apiVersion: "2020-08-27",
    });
  }

  async createCustomer(teamId: number): Promise<string> {
    const team = await this.dbRead.prisma.team.findUnique({ where: { id: teamId } });
    if (!team) throw new NotFoundException(`Team ${teamId} not found`);

    const customer = await this.stripe.customers.create({
      name: team.name,
      metadata: { teamId: teamId.toString() },
    });
    return customer.id;
  }

  getStripeWebhookEvent(payload: Buffer, signature: string, secret: string): Stripe.Event {
    return this.stripe.webhooks.constructEvent(payload, signature, secret);
  }
}
