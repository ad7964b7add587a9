import { Injectable } from '@nestjs/common';
import { getName } from 'i18n-iso-countries';
import { Kysely, sql } from 'kysely';
import { InjectKysely } from 'nestjs-kysely';
import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import readLine from 'node:readline';
import { citiesFile, reverseGeocodeMaxDistance } from 'src/constants';
import { DB, GeodataPlaces, NaturalearthCountries } from 'src/db';
import { SystemMetadataKey } from 'src/enum';
import { ConfigRepository } from 'src/repositories/config.repository';
import { LoggingRepository } from 'src/repositories/logging.repository';
import { SystemMetadataRepository } from 'src/repositories/system-metadata.repository';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface ReverseGeocodeResult {
  country: string | null;
  state: string | null;
  city: string | null;
}

interface MapDB extends DB {
  geodata_places_tmp: GeodataPlaces;
  naturalearth_countries_tmp: NaturalearthCountries;
}

@Injectable()
export class MapRepository {
  constructor(
    private configRepository: ConfigRepository,
    private metadataRepository: SystemMetadataRepository,
    private logger: LoggingRepository,
    @InjectKysely() private db: Kysely<MapDB>,
  ) {
    this.logger.setContext(MapRepository.name);
  }

  async init(): Promise<void> {
    this.logger.log('Initializing metadata repository');
    const { resourcePaths } = this.configRepository.getEnv();
    const geodataDate = await readFile(resourcePaths.geodata.dateFile, 'utf8');

    // TODO move to service init
    const geocodingMetadata = await this.metadataRepository.get(SystemMetadataKey.ReverseGeocodingState);
    if (geocodingMetadata?.lastUpdate === geodataDate) {
      return;
    }

    await Promise.all([this.importGeodata(), this.importNaturalEarthCountries()]);

    await this.metadataRepository.set(SystemMetadataKey.ReverseGeocodingState, {
      lastUpdate: geodataDate,
      lastImportFileName: citiesFile,
    });

    this.logger.log('Geodata import completed');
  }

  async reverseGeocode(point: GeoPoint): Promise<ReverseGeocodeResult> {
    this.logger.debug(`Request: ${point.latitude},${point.longitude}`);

    const response = await this.db
      .selectFrom('geodata_places')
      .selectAll()
      .where(
        sql`earth_box(ll_to_earth_public(${point.latitude}, ${point.longitude}), ${reverseGeocodeMaxDistance})`,
        '@>',
        sql`ll_to_earth_public(latitude, longitude)`,
      )
      .orderBy(sql`(earth_distance(ll_to_earth_public(${point.latitude}, ${point.longitude}), ll_to_earth_public(latitude, longitude)))`)
      .limit(1)
      .executeTakeFirst();

    if (response) {
      const { countryCode, name: city, admin1Name } = response;
      const country = getName(countryCode, 'en', { select: 'official' }) ?? null;
      const state = admin1Name;
      return { country, state, city };
    }

    const ne = await this.db
      .selectFrom('naturalearth_countries')
      .select(['admin', 'admin_a3'])
      .where('coordinates', '@>', sql<string>`point(${point.longitude}, ${point.latitude})`)
      .limit(1)
      .executeTakeFirst();

    if (!ne) {
      this.logger.warn(`Response from database for natural earth reverse geocoding latitude: ${point.latitude}, longitude: ${point.longitude} was null`);
      return { country: null, state: null, city: null };
    }

    return { country: ne.admin, state: null, city: null };
  }

  private async importNaturalEarthCountries() {
    const { resourcePaths } = this.configRepository.getEnv();
    const geoJSONData = JSON.parse(await readFile(resourcePaths.geodata.naturalEarthCountriesPath, 'utf8'));
    if (geoJSONData.type !== 'FeatureCollection' || !Array.isArray(geoJSONData.features)) {
      this.logger.fatal('Invalid GeoJSON FeatureCollection');
      return;
    }

    await this.db.schema.dropTable('naturalearth_countries_tmp').ifExists().execute();
    await sql`CREATE TABLE naturalearth_countries_tmp (LIKE naturalearth_countries INCLUDING ALL EXCLUDING INDEXES)`.execute(this.db);

    const entities = [];
    for (const feature of geoJSONData.features) {
      for (const entry of feature.geometry.coordinates) {
        const coordinates: number[][][] = feature.geometry.type === 'MultiPolygon' ? entry[0] : [entry];
        const featureRecord = {
          admin: feature.properties.ADMIN,
          admin_a3: feature.properties.ADM0_A3,
          type: feature.properties.TYPE,
          coordinates: `(${coordinates[0].map((point) => `(${point[0]}, ${point[1]})`).join(', ')})`,
        };
        entities.push(featureRecord);
      }
    }
    await this.db.insertInto('naturalearth_countries_tmp').values(entities).execute();

    await this.db.transaction().execute(async (manager) => {
      await manager.schema.dropTable('naturalearth_countries').execute();
      await manager.schema.alterTable('naturalearth_countries_tmp').renameTo('naturalearth_countries').execute();
    });
  }

  private async importGeodata() {
    const { resourcePaths } = this.configRepository.getEnv();
    if (!existsSync(resourcePaths.geodata.cities500)) {
      throw new Error(`Geodata file ${resourcePaths.geodata.cities500} not found`);
    }

    await this.db.schema.dropTable('geodata_places_tmp').ifExists().execute();
    await sql`CREATE TABLE geodata_places_tmp (LIKE geodata_places INCLUDING ALL EXCLUDING INDEXES)`.execute(this.db);

    const lineReader = readLine.createInterface({ input: createReadStream(resourcePaths.geodata.cities500) });
    let bufferGeodata = [];
    const futures = [];
    for await (const line of lineReader) {
      const lineSplit = line.split('\t');
      bufferGeodata.push({
        id: Number.parseInt(lineSplit[0]),
        name: lineSplit[1],
        alternateNames: lineSplit[3],
        latitude: Number.parseFloat(lineSplit[4]),
        longitude: Number.parseFloat(lineSplit[5]),
        countryCode: lineSplit[8],
        admin1Code: lineSplit[10],
        admin2Code: lineSplit[11],
        modificationDate: lineSplit[18],
      });

      if (bufferGeodata.length >= 5000) {
        const curLength = bufferGeodata.length;
        futures.push(
          this.db
            .insertInto('geodata_places_tmp')
            .values(bufferGeodata)
            .execute()
            .then(() => this.logger.verbose(`Saved ${curLength} geodata records`)),
        );
        bufferGeodata = [];
      }
    }
    futures.push(this.db.insertInto('geodata_places_tmp').values(bufferGeodata).execute());
    await Promise.all(futures);

    await this.db.transaction().execute(async (manager) => {
      await manager.schema.dropTable('geodata_places').execute();
      await manager.schema.alterTable('geodata_places_tmp').renameTo('geodata_places').execute();
    });
  }
}
