import crypto from 'node:crypto';
import { createSaltStore } from './salt-store';

const saltStore = createSaltStore();

/**
 * Cookieless visitor id: sha256(daily salt + site + ip + ua). The salt rotates every day so
 * signatures can't be correlated across days.
 */
export async function getUserSignature(siteUuid: string, ip: string, userAgent: string): Promise<string> {
    const salt = await saltStore.getOrCreate(siteUuid, new Date().toISOString().slice(0, 10));
    return crypto.createHash('sha256').update(`${salt}:${siteUuid}:${ip}:${userAgent}`).digest('hex');
}
