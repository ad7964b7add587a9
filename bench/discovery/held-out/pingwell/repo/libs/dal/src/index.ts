export * from './dal.service';
export * from './repositories/message.repository';
export * from './repositories/repositories';
