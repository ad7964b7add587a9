const _ = require('lodash');
const mongoose = require('mongoose');
const { MeiliSearch } = require('meilisearch');
const cleanUpPrimaryKeyValue = (value) => value.replace(/--/g, '|');
const { logger } = require('~/config');

const searchEnabled = process.env.SEARCH && process.env.SEARCH.toLowerCase() === 'true';
const meiliEnabled = process.env.MEILI_HOST && process.env.MEILI_MASTER_KEY && searchEnabled;

const validateOptions = function (options) {
  const requiredKeys = ['host', 'apiKey', 'indexName'];
  requiredKeys.forEach((key) => {
    if (!options[key]) {
      throw new Error(`Missing mongoMeili Option: ${key}`);
    }
  });
};

const createMeiliMongooseModel = function ({ index, attributesToIndex }) {
  const primaryKey = attributesToIndex[0];

  class MeiliMongooseModel {
    static async syncWithMeili() {
      const mongoDocuments = await this.find().lean();
      const format = (doc) => _.pick(doc, attributesToIndex);
      const objs = mongoDocuments.map(format);
      await index.addDocuments(objs);
    }

    static async meiliSearch(q, params, populate) {
      const data = await index.search(q, params);
      if (populate) {
        const query = {};
        query[primaryKey] = _.map(data.hits, (hit) => cleanUpPrimaryKeyValue(hit[primaryKey]));
        const hitsFromMongoose = await this.find(query, _.join(attributesToIndex, ' ')).lean();
        data.hits = hitsFromMongoose;
      }
      return data;
    }

    async addObjectToMeili() {
      const object = _.pick(this.toJSON(), attributesToIndex);
      try {
        await index.addDocuments([object]);
      } catch (error) {
        logger.error('[addObjectToMeili] Error adding document to Meili', error);
      }
      await this.collection.updateMany({ _id: this._id }, { $set: { _meiliIndex: true } });
    }

    async updateObjectToMeili() {
      const object = _.omitBy(_.pick(this.toJSON(), attributesToIndex), (v, k) => k.startsWith('$'));
      await index.updateDocuments([object]);
    }

    async deleteObjectFromMeili() {
      await index.deleteDocument(this._id);
    }
  }

  return MeiliMongooseModel;
};

/**
 * Mongoose plugin that mirrors documents into a Meilisearch index on save/update/delete.
 */
module.exports = function mongoMeili(schema, options) {
  validateOptions(options);

  schema.add({ _meiliIndex: { type: Boolean, required: false, select: false, default: false } });

  const { host, apiKey, indexName, primaryKey } = options;

  const client = new MeiliSearch({ host, apiKey });
  client.createIndex(indexName, { primaryKey });
  const index = client.index(indexName);

  const attributesToIndex = [
    ..._.reduce(schema.obj, (results, value, key) => (value.meiliIndex ? [...results, key] : results), []),
  ];

  schema.loadClass(createMeiliMongooseModel({ index, indexName, client, attributesToIndex }));

  schema.post('save', function (doc) {
    doc.addObjectToMeili();
  });
  schema.post('update', function (doc) {
    doc.updateObjectToMeili();
  });
  schema.post('findOneAndDelete', async function (doc) {
    if (doc) {
      await doc.deleteObjectFromMeili();
    }
  });
};

module.exports.meiliEnabled = meiliEnabled;
module.exports.mongoose = mongoose;
