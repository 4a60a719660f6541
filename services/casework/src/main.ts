import 'reflect-metadata';
import { loadConfigOrExit } from '@inspectorate/config';
import { runService, startService } from '@inspectorate/runtime';
import { AppModule } from './app.module';
import { loadConfig } from './config';
import { ROTATE_KEYS_COMMAND, rotateKeys } from './rotate-keys';

// The built bundle (dist/services/<name>/main.js) exports what the end-to-end
// test needs to run this very code in its own process, on its scenario clock.
export { AppModule, loadConfig, startService };

// Only as a program (`node main.js`), not when the end-to-end test requires the bundle.
if (require.main === module && process.argv[2] === ROTATE_KEYS_COMMAND) {
  rotateKeys(loadConfigOrExit(loadConfig)).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${ROTATE_KEYS_COMMAND} failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
} else if (require.main === module)
  runService(() => {
    const config = loadConfigOrExit(loadConfig);
    return startService(AppModule.forRoot(config), config);
  });
