import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { App } from '../../entities/app.entity';
import { AppsController } from './apps.controller';

@Module({ imports: [TypeOrmModule.forFeature([App])], controllers: [AppsController] })
export class AppsModule {}
