'use strict';

const fs = require('fs');
const path = require('path');

/**
 * Keeps the latest state of every policy we heard about. Persisted as a JSON file so that a restart
 * does not lose the aggregate (the queue is not replayed).
 */
class DataManager {
  constructor(dataDir, logger) {
    this.file = path.join(dataDir, 'policies.json');
    this.logger = logger;
    this.policies = new Map();
    fs.mkdirSync(dataDir, { recursive: true });
    if (fs.existsSync(this.file)) {
      const stored = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      for (const p of stored) this.policies.set(p.policyId, p);
    }
  }

  apply(event) {
    switch (event.kind) {
      case 'UpdatePolicyEvent':
        this.policies.set(event.policyId, {
          policyId: event.policyId,
          customerId: event.customerId,
          policyType: event.policyType,
          insurancePremium: Number(event.insurancePremium),
          policyLimit: Number(event.policyLimit),
          birthday: event.birthday,
          updatedAt: event.date,
        });
        break;
      case 'DeletePolicyEvent':
        this.policies.delete(event.policyId);
        break;
      default:
        this.logger.warn({ kind: event.kind }, 'ignoring unknown policy event');
        return;
    }
    this.persist();
  }

  all() {
    return [...this.policies.values()];
  }

  persist() {
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.all()));
    fs.renameSync(tmp, this.file);
  }
}

module.exports = { DataManager };
