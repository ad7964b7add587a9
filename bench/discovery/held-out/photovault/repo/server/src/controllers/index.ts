import { AssetMediaController } from 'src/controllers/asset-media.controller';
import { NotificationAdminController } from 'src/controllers/notification-admin.controller';
import { SearchController } from 'src/controllers/search.controller';
import { ServerController } from 'src/controllers/server.controller';

export const controllers = [AssetMediaController, NotificationAdminController, SearchController, ServerController];
