import { HttpService } from '@nestjs/axios';
import { Injectable, Logger } from '@nestjs/common';
import { AxiosError } from 'axios';
import { catchError, firstValueFrom, map } from 'rxjs';

export interface PaystreamCharge {
  id: string;
  status: 'succeeded' | 'failed' | 'requires_action';
}

/** Thin wrapper over the Paystream REST API (https://docs.paystream.io/api). */
@Injectable()
export class PaystreamClient {
  private readonly logger = new Logger(PaystreamClient.name);

  constructor(private readonly http: HttpService) {}

  charge(orderId: string, customerId: string, amountCents: number, currency: string) {
    return firstValueFrom(
      this.http
        .post<PaystreamCharge>(
          '/charges',
          { amount: amountCents, currency: currency.toLowerCase(), customer: customerId, metadata: { orderId } },
          { headers: { 'Idempotency-Key': `order-${orderId}` } },
        )
        .pipe(
          map((res) => res.data),
          catchError((err: AxiosError) => {
            this.logger.error(`paystream charge failed for ${orderId}: ${err.message}`);
            throw err;
          }),
        ),
    );
  }

  refund(chargeId: string) {
    return firstValueFrom(this.http.post(`/charges/${chargeId}/refunds`, {}).pipe(map((r) => r.data)));
  }
}
