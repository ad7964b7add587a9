import { Sequelize } from "sequelize-typescript";
import env from "@server/env";
import Logger from "../logging/Logger";
import * as models from "../models";

const isSSLDisabled = env.PGSSLMODE === "disable";
const poolMax = env.DATABASE_CONNECTION_POOL_MAX ?? 5;
const poolMin = env.DATABASE_CONNECTION_POOL_MIN ?? 0;
const url = env.DATABASE_CONNECTION_POOL_URL || env.DATABASE_URL;
const schema = env.DATABASE_SCHEMA;

export function createDatabaseInstance(
  databaseUrl: string,
  input: typeof models
): Sequelize {
  return new Sequelize(databaseUrl, {
    logging: (msg) =>
      process.env.DEBUG?.includes("database") && Logger.debug("database", msg),
    typeValidation: true,
    logQueryParameters: env.isDevelopment,
    dialectOptions: {
      ssl:
        env.isProduction && !isSSLDisabled
          ? {
              // Ref.: https://github.com/brianc/node-postgres/issues/2009
              rejectUnauthorized: false,
            }
          : false,
    },
    models: Object.values(input),
    pool: {
      max: poolMax,
      min: poolMin,
      acquire: 30000,
      idle: 10000,
    },
    schema,
  });
}

export const sequelize = createDatabaseInstance(url, models);
