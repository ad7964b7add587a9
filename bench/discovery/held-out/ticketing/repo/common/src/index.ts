export * from './errors/custom-error';
export * from './errors/bad-request-error';
export * from './errors/not-found-error';
export * from './errors/not-authorized-error';
export * from './errors/request-validation-error';

export * from './middlewares/current-user';
export * from './middlewares/error-handler';
export * from './middlewares/require-auth';
export * from './middlewares/validate-request';

export * from './events/base-listener';
export * from './events/base-publisher';
export * from './events/subjects';
export * from './events/event-types';
export * from './events/order-status';
