import 'reflect-metadata';
import { loadConfigOrExit } from '@inspectorate/config';
import { runService, startService } from '@inspectorate/runtime';
import { AppModule } from './app.module';
import { loadConfig } from './config';
import { composePublicDocument } from './openapi/public-document';

// The built bundle (dist/services/<name>/main.js) exports what the end-to-end
// test needs to run this very code in its own process, on its scenario clock,
// and how the public API document is assembled from the services' own
// (libs/client's generator and its up-to-date check).
export { AppModule, composePublicDocument, loadConfig, startService };

// Only as a program (`node main.js`), not when the end-to-end test requires the bundle.
if (require.main === module)
  runService(() => {
    const config = loadConfigOrExit(loadConfig);
    return startService(AppModule.forRoot(config), config);
  });
