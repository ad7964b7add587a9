import { Duration } from 'luxon';
import { readFileSync } from 'node:fs';
import { SemVer } from 'semver';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));
export const serverVersion = new SemVer(version);

export const AUDIT_LOG_MAX_DURATION = Duration.fromObject({ days: 100 });
export const ONE_HOUR = Duration.fromObject({ hours: 1 });

export const APP_MEDIA_LOCATION = process.env.PHOTOVAULT_MEDIA_LOCATION || './upload';

export const excludePaths = ['/.well-known/photovault', '/custom.css', '/favicon.ico'];

export const citiesFile = 'cities500.txt';
export const reverseGeocodeMaxDistance = 25_000;

// served to the browser, which loads the tiles directly
export const defaultMapStyles = {
  light: 'https://tiles.photovault.cloud/v1/style/light.json',
  dark: 'https://tiles.photovault.cloud/v1/style/dark.json',
};

export const GITHUB_RELEASES_URL = 'https://api.github.com/repos/photovault-app/photovault/releases/latest';

export const ADDED_IN_PREFIX = 'This property was added in ';
export const DEPRECATED_IN_PREFIX = 'This property was deprecated in ';
