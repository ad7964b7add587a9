import { Injectable } from '@nestjs/common';
import { exec as execCallback } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { GITHUB_RELEASES_URL } from 'src/constants';
import { ConfigRepository } from 'src/repositories/config.repository';
import { LoggingRepository } from 'src/repositories/logging.repository';

const exec = promisify(execCallback);

export interface GitHubRelease {
  id: number;
  url: string;
  tag_name: string;
  name: string;
  created_at: string;
  published_at: string;
  body: string;
}

export interface ServerBuildVersions {
  nodejs: string;
  ffmpeg: string;
  libvips: string;
  exiftool: string;
  imagemagick: string;
}

const maybeFirstLine = async (command: string): Promise<string> => {
  try {
    const { stdout } = await exec(command);
    return stdout.trim().split('\n')[0] || '';
  } catch {
    return '';
  }
};

@Injectable()
export class ServerInfoRepository {
  constructor(
    private configRepository: ConfigRepository,
    private logger: LoggingRepository,
  ) {
    this.logger.setContext(ServerInfoRepository.name);
  }

  async getGitHubRelease(): Promise<GitHubRelease> {
    try {
      const response = await fetch(GITHUB_RELEASES_URL, {
        headers: { 'User-Agent': 'photovault-server' },
      });

      if (!response.ok) {
        throw new Error(`GitHub API request failed with status ${response.status}: ${await response.text()}`);
      }

      return response.json();
    } catch (error) {
      throw new Error(`Failed to fetch GitHub release: ${error}`);
    }
  }

  async getBuildVersions(): Promise<ServerBuildVersions> {
    const { nodeVersion, resourcePaths } = this.configRepository.getEnv();

    const [nodejsOutput, ffmpegOutput, magickOutput] = await Promise.all([
      maybeFirstLine('node --version'),
      maybeFirstLine('ffmpeg -version'),
      maybeFirstLine('convert --version'),
    ]);

    const lockfile = await readFile(resourcePaths.lockFile)
      .then((buffer) => JSON.parse(buffer.toString()))
      .catch(() => this.logger.warn(`Failed to read ${resourcePaths.lockFile}`));

    return {
      nodejs: nodejsOutput || nodeVersion || '',
      exiftool: lockfile?.packages?.find((item: { name: string }) => item.name === 'image-exiftool')?.value ?? '',
      ffmpeg: ffmpegOutput.replaceAll('ffmpeg version', '') || '',
      libvips: sharp.versions.vips,
      imagemagick: magickOutput.replaceAll('Version: ImageMagick ', '') || '',
    };
  }
}
