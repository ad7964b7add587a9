import express, { NextFunction, Request, Response } from 'express';
import { config } from './config';
import { logger } from './lib/logger';
import { checkoutHandler } from './handlers/checkout';
import { refundHandler } from './handlers/refund';
import { stripeWebhookHandler } from './handlers/stripeWebhook';
import { orderCreatedHandler } from './events/orderCreated';
import { customerSignedUpHandler } from './events/customerSignedUp';
import { dailyDigestHandler } from './cron/dailyDigest';

export const app = express();

// Stripe needs the raw body to verify signatures.
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), stripeWebhookHandler);

app.use(express.json({ limit: '1mb' }));

function requireEngineSecret(req: Request, res: Response, next: NextFunction) {
  if (req.header('x-actions-secret') !== config.ACTIONS_SHARED_SECRET) {
    res.status(401).json({ message: 'unauthorized' });
    return;
  }
  next();
}

app.get('/healthz', (_req, res) => res.send('ok'));

app.post('/actions/checkout', requireEngineSecret, checkoutHandler);
app.post('/actions/refund', requireEngineSecret, refundHandler);
app.post('/events/order-created', requireEngineSecret, orderCreatedHandler);
app.post('/events/customer-signed-up', requireEngineSecret, customerSignedUpHandler);
app.post('/cron/daily-digest', requireEngineSecret, dailyDigestHandler);

if (require.main === module) {
  app.listen(config.PORT, () => logger.info({ port: config.PORT }, 'actions service listening'));
}
