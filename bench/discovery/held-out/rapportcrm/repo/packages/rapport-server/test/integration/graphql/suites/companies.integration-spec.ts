import request from 'supertest';

const client = request(`http://localhost:${process.env.APP_PORT ?? 4000}`);

describe('companies resolvers (integration)', () => {
  it('should find many companies', async () => {
    const queryData = {
      query: `
        query Companies {
          companies {
            edges {
              node {
                id
                name
                domainName { primaryLinkUrl }
              }
            }
          }
        }
      `,
    };

    const response = await client
      .post('/graphql')
      .set('Authorization', `Bearer ${process.env.TEST_ACCESS_TOKEN}`)
      .send(queryData);

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.companies.edges).toBeDefined();
  });
});
