import { ListRecommendationsResponse, RecommendationServiceClient } from '../../protos/demo';
import { insecureClient } from './channel';

const client = insecureClient(RecommendationServiceClient, 'RECOMMENDATION_ADDR');

const RecommendationsGateway = () => ({
  listRecommendations(userId: string, productIds: string[]) {
    return new Promise<ListRecommendationsResponse>((resolve, reject) =>
      client.listRecommendations({ userId, productIds }, (error, response) =>
        error ? reject(error) : resolve(response)
      )
    );
  },
});

export default RecommendationsGateway();
