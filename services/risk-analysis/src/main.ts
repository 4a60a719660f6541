import 'reflect-metadata';
import { loadConfigOrExit } from '@inspectorate/config';
import { runService, startService } from '@inspectorate/runtime';
import { AppModule } from './app.module';
import { loadConfig } from './config';

runService(() => {
  const config = loadConfigOrExit(loadConfig);
  return startService(AppModule.forRoot(config), config);
});
