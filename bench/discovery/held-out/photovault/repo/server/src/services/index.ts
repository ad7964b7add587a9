import { AssetMediaService } from 'src/services/asset-media.service';
import { JobService } from 'src/services/job.service';
import { MapService } from 'src/services/map.service';
import { NotificationService } from 'src/services/notification.service';
import { PersonService } from 'src/services/person.service';
import { SearchService } from 'src/services/search.service';
import { SmartInfoService } from 'src/services/smart-info.service';
import { SystemConfigService } from 'src/services/system-config.service';
import { VersionService } from 'src/services/version.service';

export const services = [
  AssetMediaService,
  JobService,
  MapService,
  NotificationService,
  PersonService,
  SearchService,
  SmartInfoService,
  SystemConfigService,
  VersionService,
];
