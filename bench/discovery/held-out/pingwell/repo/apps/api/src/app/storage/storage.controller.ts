import { Controller, Get, Query, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { randomUUID } from 'crypto';
import { StorageService } from '@pingwell/application-generic';

const ALLOWED_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'svg'];

@Controller('storage')
@UseGuards(AuthGuard('jwt'))
export class StorageController {
  constructor(private storageService: StorageService) {}

  /**
   * Returns a presigned PUT URL the dashboard uses to upload organization logos and
   * email-editor images straight to the bucket, plus the path the API will store.
   */
  @Get('upload-url')
  async getSignedUrl(@Req() req: any, @Query('extension') extension: string) {
    const ext = ALLOWED_EXTENSIONS.includes(extension) ? extension : 'png';
    const path = `${req.user.organizationId}/${req.user.environmentId}/${randomUUID()}.${ext}`;
    const signedUrl = await this.storageService.getSignedUploadUrl(path, `image/${ext}`);

    return { signedUrl, path, additionalHeaders: { 'Content-Type': `image/${ext}` } };
  }
}
