import { BadRequestException, Injectable } from '@nestjs/common';
import { extname } from 'node:path';
import sanitize from 'sanitize-filename';
import { AssetMediaCreateDto, AssetMediaResponseDto, AssetMediaStatus } from 'src/dtos/asset-media.dto';
import { AuthDto } from 'src/dtos/auth.dto';
import { JobName } from 'src/enum';
import { BaseService } from 'src/services/base.service';
import { UploadFile } from 'src/types';
import { mimeTypes } from 'src/utils/mime-types';

@Injectable()
export class AssetMediaService extends BaseService {
  async uploadAsset(auth: AuthDto, dto: AssetMediaCreateDto, file: UploadFile): Promise<AssetMediaResponseDto> {
    if (!mimeTypes.isAsset(file.originalName)) {
      throw new BadRequestException(`Unsupported file type ${extname(file.originalName)}`);
    }

    const duplicateId = await this.assetRepository.getUploadAssetIdByChecksum(auth.user.id, file.checksum);
    if (duplicateId) {
      await this.storageRepository.unlink(file.originalPath);
      return { status: AssetMediaStatus.DUPLICATE, id: duplicateId };
    }

    const asset = await this.assetRepository.create({
      ownerId: auth.user.id,
      libraryId: null,
      checksum: file.checksum,
      originalPath: file.originalPath,
      deviceAssetId: dto.deviceAssetId,
      deviceId: dto.deviceId,
      fileCreatedAt: dto.fileCreatedAt,
      fileModifiedAt: dto.fileModifiedAt,
      localDateTime: dto.fileCreatedAt,
      originalFileName: sanitize(dto.filename || file.originalName),
    });

    await this.userRepository.updateUsage(auth.user.id, file.size);

    // picked up by the microservices worker via redis (BullMQ)
    await this.jobRepository.queue({
      name: JobName.AssetExtractMetadata,
      data: { id: asset.id, source: 'upload' },
    } as any);

    await this.eventRepository.emit('AssetCreate', { asset });

    return { id: asset.id, status: AssetMediaStatus.CREATED };
  }
}
