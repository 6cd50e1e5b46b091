// Runs the CLI from TypeScript sources (tests spawn `node --import tsx provider/cli/run.ts ...`).
import { main } from './main';

main(process.argv).then((code) => {
  process.exitCode = code;
});
