import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { listPlugins, loadPlugin } from '@panelsmith/plugins';

/**
 * Runs queries against data sources that an app builder configured in the UI
 * (host, credentials etc. come from the request / encrypted options, never from env).
 */
@Controller('data-sources')
export class DataSourcesController {
  @Get('kinds')
  kinds() {
    return listPlugins();
  }

  @Post(':kind/test-connection')
  async test(@Param('kind') kind: string, @Body() body: { options: Record<string, any> }) {
    const plugin = await loadPlugin(kind);
    return plugin.testConnection(body.options);
  }

  @Post(':kind/run')
  async run(@Param('kind') kind: string, @Body() body: { options: Record<string, any>; query: Record<string, any> }) {
    const plugin = await loadPlugin(kind);
    return plugin.run(body.options, body.query);
  }
}
