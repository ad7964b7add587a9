import { platformBrowserDynamic } from '@angular/platform-browser-dynamic';
import { AppModule } from './app/app.module';

fetch('constants.json')
  .then((r) => r.json())
  .then((constants) => {
    (window as any).__GATEWISE_CONSTANTS__ = constants;
    return platformBrowserDynamic().bootstrapModule(AppModule);
  })
  .catch((err) => console.error(err));
