import { ServiceClass, api } from '@chatrelay/core-services';
import { getModel } from '@chatrelay/models';
import type { Collection } from 'mongodb';

import { hashLoginToken, verifyPassword } from './lib/utils';

type IUser = { _id: string; username: string; services?: { password?: { bcrypt: string }; resume?: { loginTokens: { hashedToken: string; when: Date }[] } } };

export class Account extends ServiceClass {
	protected name = 'accounts';

	async login({ resume, user, password }: { resume?: string; user?: { username: string }; password?: string }) {
		const Users = getModel<Collection<IUser>>('users');
		if (resume) {
			const found = await Users.findOne({ 'services.resume.loginTokens.hashedToken': hashLoginToken(resume) });
			return found ? { uid: found._id, token: resume } : false;
		}
		if (user && password) {
			const found = await Users.findOne({ username: user.username });
			if (!found?.services?.password || !(await verifyPassword(password, found.services.password.bcrypt))) {
				return false;
			}
			const token = await this.createToken(found._id);
			await api.broadcast('accounts.login', { userId: found._id, connection: {} });
			return { uid: found._id, token };
		}
		return false;
	}

	async logout({ userId, token }: { userId: string; token: string }): Promise<void> {
		const Users = getModel<Collection<IUser>>('users');
		await Users.updateOne({ _id: userId }, { $pull: { 'services.resume.loginTokens': { hashedToken: hashLoginToken(token) } } });
	}

	private async createToken(userId: string): Promise<string> {
		const token = require('crypto').randomBytes(32).toString('base64url');
		const Users = getModel<Collection<IUser>>('users');
		await Users.updateOne({ _id: userId }, { $push: { 'services.resume.loginTokens': { hashedToken: hashLoginToken(token), when: new Date() } } });
		return token;
	}
}
