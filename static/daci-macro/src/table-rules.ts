/**
 * The table's rules (the domain's zod schema, ~20 KB gzip), which the config modal loads in their
 * own chunk, in parallel with the macro's context, rather than in its initial load.
 */
import '../../shared/zod-without-eval';

export { macroConfigOf, tableFromMacroConfig } from '../../../src/domain/daci/macro-config';
export { parseDaciTable } from '../../../src/domain/daci/parse-daci-table';
