import { Logger } from '@aws-lambda-powertools/logger';
import { getProfile } from './lib/table';

const logger = new Logger();
const PARTNER_API = process.env.PARTNER_API_ENDPOINT ?? 'https://api.skymiles-partners.example/v2';

/**
 * Pushes a customer's tier to the SkyMiles partner programme.
 * Only deployed when EnablePartnerSync=true (not enabled in any stage yet).
 */
export const handler = async (event: { customerId: string }): Promise<void> => {
  const profile = await getProfile(event.customerId);
  if (!profile?.tier) return;

  const res = await fetch(`${PARTNER_API}/members/${encodeURIComponent(event.customerId)}/tier`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ tier: profile.tier, source: 'nimbus-air' }),
  });
  logger.info('Partner sync', { customerId: event.customerId, status: res.status });
};
