import fs from 'node:fs/promises';
import crypto from 'node:crypto';

export interface SaltStore {
    getOrCreate(siteUuid: string, day: string): Promise<string>;
}

class MemorySaltStore implements SaltStore {
    private salts = new Map<string, string>();
    async getOrCreate(siteUuid: string, day: string) {
        const key = `${siteUuid}:${day}`;
        if (!this.salts.has(key)) {
            this.salts.clear();
            this.salts.set(key, crypto.randomBytes(32).toString('hex'));
        }
        return this.salts.get(key)!;
    }
}

class FileSaltStore implements SaltStore {
    constructor(private readonly path: string) {}
    async getOrCreate(siteUuid: string, day: string) {
        let salts: Record<string, string> = {};
        try {
            salts = JSON.parse(await fs.readFile(this.path, 'utf8'));
        } catch {
            // first run
        }
        const key = `${siteUuid}:${day}`;
        if (!salts[key]) {
            salts = { [key]: crypto.randomBytes(32).toString('hex') };
            await fs.writeFile(this.path, JSON.stringify(salts));
        }
        return salts[key];
    }
}

export function createSaltStore(): SaltStore {
    if (process.env.SALT_STORE_TYPE === 'file') {
        return new FileSaltStore(process.env.SALT_STORE_FILE_PATH || '/data/salts.json');
    }
    return new MemorySaltStore();
}
