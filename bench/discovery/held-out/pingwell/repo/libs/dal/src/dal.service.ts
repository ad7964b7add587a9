import mongoose, { Connection, ConnectOptions } from 'mongoose';

export class DalService {
  connection: Connection;

  async connect(url: string, options: ConnectOptions = {}) {
    const instance = await mongoose.connect(url, {
      minPoolSize: 10,
      maxPoolSize: 50,
      autoIndex: process.env.NODE_ENV !== 'production',
      ...options,
    });
    this.connection = instance.connection;
    return this.connection;
  }

  isConnected() {
    return this.connection?.readyState === 1;
  }

  async disconnect() {
    await mongoose.disconnect();
  }
}
