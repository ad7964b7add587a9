import { Body, Controller, HttpStatus, Post, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { AssetMediaCreateDto, AssetMediaResponseDto, AssetMediaStatus } from 'src/dtos/asset-media.dto';
import { AuthDto } from 'src/dtos/auth.dto';
import { Auth, Authenticated } from 'src/middleware/auth.guard';
import { FileUploadInterceptor, getFiles, UploadFiles } from 'src/middleware/file-upload.interceptor';
import { AssetMediaService } from 'src/services/asset-media.service';

@ApiTags('Assets')
@Controller('assets')
export class AssetMediaController {
  constructor(private service: AssetMediaService) {}

  @Post()
  @UseInterceptors(FileUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiHeader({ name: 'x-photovault-checksum', description: 'sha1 checksum that can be used for duplicate detection before the file is uploaded', required: false })
  @Authenticated({ permission: 'asset.upload', sharedLink: true })
  async uploadAsset(
    @Auth() auth: AuthDto,
    @UploadedFiles() files: UploadFiles,
    @Body() dto: AssetMediaCreateDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AssetMediaResponseDto> {
    const { file } = getFiles(files);
    const responseDto = await this.service.uploadAsset(auth, dto, file);
    if (responseDto.status === AssetMediaStatus.DUPLICATE) {
      res.status(HttpStatus.OK);
    }
    return responseDto;
  }
}
