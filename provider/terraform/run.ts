// Runs the provider plugin from TypeScript sources (`node --import tsx provider/terraform/run.ts`).
import { main } from './main';

main(process.argv).then((code) => {
  // grpc-js may keep timers alive after shutdown; the plugin host expects the process to end now.
  process.exit(code);
});
