import { Module } from '@nestjs/common';
import { PanelDbController } from './panel-db.controller';
import { PanelDbService } from './panel-db.service';
import { PanelDbSchemaService } from './panel-db-schema.service';

@Module({
  controllers: [PanelDbController],
  providers: [PanelDbService, PanelDbSchemaService],
})
export class PanelDbModule {}
