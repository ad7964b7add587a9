import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../../entities/user.entity';
import { AuthController } from './auth.controller';
import { GoogleSsoService } from './google-sso.service';
import { GithubSsoService } from './github-sso.service';

@Module({
  imports: [TypeOrmModule.forFeature([User])],
  controllers: [AuthController],
  providers: [GoogleSsoService, GithubSsoService],
})
export class AuthModule {}
