import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import { ApiTags } from '@nestjs/swagger';
import { CATALOG_SERVICE, PATTERNS } from '../constants';

@ApiTags('catalog')
@Controller('products')
export class CatalogController {
  constructor(@Inject(CATALOG_SERVICE) private readonly catalog: ClientProxy) {}

  @Get()
  list(
    @Query('category') category?: string,
    @Query('page') page = 1,
    @Query('limit') limit = 24,
  ) {
    return this.catalog.send(PATTERNS.CATALOG_LIST, { category, page: +page, limit: +limit });
  }

  @Get(':sku')
  get(@Param('sku') sku: string) {
    return this.catalog.send(PATTERNS.CATALOG_GET, { sku });
  }
}
