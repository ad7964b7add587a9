import { fetchAuthSession } from 'aws-amplify/auth';
import { get } from 'aws-amplify/api';

export interface LoyaltySummary {
  customerId: string;
  points: number;
  tier: string;
  remainingPoints: number;
}

/** Calls the loyalty stack's API Gateway endpoint directly from the browser. */
export const fetchLoyalty = async (): Promise<LoyaltySummary> => {
  const session = await fetchAuthSession();
  const customerId = session.userSub!;
  const op = get({
    apiName: 'loyalty',
    path: `/loyalty/${customerId}`,
    options: { headers: { Authorization: session.tokens?.idToken?.toString() ?? '' } },
  });
  const { body } = await op.response;
  return (await body.json()) as unknown as LoyaltySummary;
};
