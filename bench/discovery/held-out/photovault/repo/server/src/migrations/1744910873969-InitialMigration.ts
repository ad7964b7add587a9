import { Kysely, sql } from 'kysely';
import { DatabaseExtension } from 'src/enum';
import { ConfigRepository } from 'src/repositories/config.repository';
import { vectorIndexQuery } from 'src/utils/database';

const vectorExtension = new ConfigRepository().getEnv().database.vectorExtension ?? DatabaseExtension.VectorChord;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS "uuid-ossp";`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS "unaccent";`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS "cube";`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS "earthdistance";`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS "pg_trgm";`.execute(db);
  await sql.raw(`CREATE EXTENSION IF NOT EXISTS ${vectorExtension} CASCADE`).execute(db);

  await sql`CREATE TABLE "assets" (
    "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
    "ownerId" uuid NOT NULL,
    "deviceAssetId" character varying NOT NULL,
    "deviceId" character varying NOT NULL,
    "originalPath" character varying NOT NULL,
    "checksum" bytea NOT NULL,
    "fileCreatedAt" timestamp with time zone NOT NULL,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT "PK_assets" PRIMARY KEY ("id")
  );`.execute(db);

  await sql`CREATE TABLE "smart_search" (
    "assetId" uuid NOT NULL,
    "embedding" vector(512) NOT NULL,
    CONSTRAINT "PK_smart_search" PRIMARY KEY ("assetId")
  );`.execute(db);

  await sql`CREATE TABLE "face_search" (
    "faceId" uuid NOT NULL,
    "embedding" vector(512) NOT NULL,
    CONSTRAINT "PK_face_search" PRIMARY KEY ("faceId")
  );`.execute(db);

  await sql`CREATE TABLE "geodata_places" (
    "id" integer NOT NULL,
    "name" character varying(200) NOT NULL,
    "longitude" double precision NOT NULL,
    "latitude" double precision NOT NULL,
    "countryCode" character(2) NOT NULL,
    "admin1Code" character varying(20),
    "admin2Code" character varying(80),
    "modificationDate" date NOT NULL,
    "admin1Name" character varying,
    "admin2Name" character varying,
    "alternateNames" character varying,
    CONSTRAINT "PK_geodata_places" PRIMARY KEY ("id")
  );`.execute(db);

  await sql`CREATE TABLE "system_metadata" ("key" character varying NOT NULL, "value" jsonb NOT NULL, CONSTRAINT "PK_system_metadata" PRIMARY KEY ("key"));`.execute(db);

  await sql.raw(vectorIndexQuery({ vectorExtension, table: 'smart_search', indexName: 'clip_index' })).execute(db);
  await sql.raw(vectorIndexQuery({ vectorExtension, table: 'face_search', indexName: 'face_index' })).execute(db);
}

export async function down(): Promise<void> {
  // not implemented
}
