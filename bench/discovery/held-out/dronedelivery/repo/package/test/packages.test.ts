import { PackageRepository } from '../src/db/repository';

jest.mock('mongodb', () => {
  const replaceOne = jest.fn().mockResolvedValue({ upsertedCount: 1 });
  const findOne = jest.fn().mockResolvedValue({ _id: 'pkg-1', size: 'small', weight: 2 });
  return {
    MongoClient: jest.fn().mockImplementation(() => ({
      connect: jest.fn().mockResolvedValue(undefined),
      db: () => ({ collection: () => ({ replaceOne, findOne }), command: jest.fn() }),
    })),
  };
});

describe('PackageRepository', () => {
  it('upserts a package', async () => {
    const repo = new PackageRepository('mongodb://localhost:27017', 'packages', 'packages');
    await repo.connect();
    expect(await repo.upsert({ _id: 'pkg-1', size: 'small', weight: 2 })).toBe(true);
    expect((await repo.get('pkg-1'))?.weight).toBe(2);
  });
});
