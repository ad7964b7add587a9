import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { App } from '../../entities/app.entity';

@Controller('apps')
export class AppsController {
  constructor(@InjectRepository(App) private readonly apps: Repository<App>) {}

  @Get()
  list() {
    return this.apps.find({ order: { createdAt: 'DESC' }, take: 100 });
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.apps.findOneByOrFail({ id });
  }

  @Post()
  create(@Body() body: Partial<App>) {
    return this.apps.save(this.apps.create(body));
  }

  @Put(':id')
  async update(@Param('id') id: string, @Body() body: Partial<App>) {
    await this.apps.update(id, body);
    return this.apps.findOneByOrFail({ id });
  }

  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.apps.delete(id);
  }
}
