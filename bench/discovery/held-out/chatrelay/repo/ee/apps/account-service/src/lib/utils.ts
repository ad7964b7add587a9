import crypto from 'crypto';
import bcrypt from 'bcrypt';

export const hashLoginToken = (token: string): string => crypto.createHash('sha256').update(token).digest('base64');

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
	const digest = crypto.createHash('sha256').update(password).digest('hex');
	return bcrypt.compare(digest, hash);
}
