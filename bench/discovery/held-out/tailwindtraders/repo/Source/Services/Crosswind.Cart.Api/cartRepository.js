'use strict';

const { CosmosClient } = require('@azure/cosmos');
const { v4: uuid } = require('uuid');

class CartRepository {
  constructor({ host, authKey, databaseId, containerId }) {
    this.client = new CosmosClient({ endpoint: host, key: authKey });
    this.databaseId = databaseId;
    this.containerId = containerId;
    this.container = null;
  }

  async init() {
    const { database } = await this.client.databases.createIfNotExists({ id: this.databaseId });
    const { container } = await database.containers.createIfNotExists({
      id: this.containerId,
      partitionKey: { paths: ['/email'] },
    });
    this.container = container;
  }

  async findByEmail(email) {
    const query = {
      query: 'SELECT * FROM c WHERE c.email = @email',
      parameters: [{ name: '@email', value: email }],
    };
    const { resources } = await this.container.items.query(query).fetchAll();
    return resources;
  }

  async addProduct(email, product) {
    const item = { id: uuid(), email, ...product, qty: product.qty || 1 };
    const { resource } = await this.container.items.create(item);
    return resource;
  }

  async updateQuantity(email, id, qty) {
    const { resource } = await this.container.item(id, email).read();
    if (!resource) return null;
    resource.qty = qty;
    const { resource: updated } = await this.container.item(id, email).replace(resource);
    return updated;
  }

  async remove(email, id) {
    await this.container.item(id, email).delete();
  }
}

module.exports = CartRepository;
