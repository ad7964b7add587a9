import { All, Body, Controller, Delete, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { PanelDbService } from './panel-db.service';
import { PanelDbSchemaService } from './panel-db-schema.service';

@Controller('panel-db/:organizationId')
export class PanelDbController {
  constructor(private readonly rows: PanelDbService, private readonly schema: PanelDbSchemaService) {}

  @Get('tables')
  list(@Param('organizationId') orgId: string) {
    return this.schema.listTables(orgId);
  }

  @Post('table')
  create(@Param('organizationId') orgId: string, @Body() body: { table_name: string; columns: any[] }) {
    return this.schema.createTable(orgId, body.table_name, body.columns);
  }

  @Delete('table/:name')
  drop(@Param('organizationId') orgId: string, @Param('name') name: string) {
    return this.schema.dropTable(orgId, name);
  }

  @All('proxy/*')
  async proxy(@Param('organizationId') orgId: string, @Req() req: Request, @Res() res: Response, @Query() query: any) {
    const path = req.params[0];
    const result = await this.rows.proxy(orgId, req.method as any, path, query, req.body);
    res.status(result.status).json(result.body);
  }
}
