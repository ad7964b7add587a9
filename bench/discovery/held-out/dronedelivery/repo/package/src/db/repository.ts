import { Collection, MongoClient } from 'mongodb';

export interface Package {
  _id: string;
  size: 'small' | 'medium' | 'large';
  weight: number;
  tag?: string;
}

export class PackageRepository {
  private client: MongoClient;
  private collection?: Collection<Package>;

  constructor(private connectionString: string, private dbName: string, private collectionName: string) {
    // Cosmos DB API for MongoDB: retryWrites must be false
    this.client = new MongoClient(this.connectionString, { retryWrites: false });
  }

  async connect(): Promise<void> {
    await this.client.connect();
    this.collection = this.client.db(this.dbName).collection<Package>(this.collectionName);
  }

  private col(): Collection<Package> {
    if (!this.collection) throw new Error('repository not connected');
    return this.collection;
  }

  async get(id: string): Promise<Package | null> {
    return this.col().findOne({ _id: id });
  }

  async upsert(pkg: Package): Promise<boolean> {
    const result = await this.col().replaceOne({ _id: pkg._id }, pkg, { upsert: true });
    return result.upsertedCount > 0;
  }

  async summary(ownerTag: string): Promise<number> {
    return this.col().countDocuments({ tag: ownerTag });
  }

  async ping(): Promise<boolean> {
    await this.client.db(this.dbName).command({ ping: 1 });
    return true;
  }
}
