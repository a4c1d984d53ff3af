/** `tsx scripts/deploy/bundle-functions-cli.ts`: bundles the handlers and prints the result as JSON. */
import { bundleFunctions } from './bundle-functions';

bundleFunctions()
  .then((bundles) => console.log(JSON.stringify(bundles)))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
