/**
 * Bundles every function handler in manifest.yml with Forge's own bundler (`@forge/bundler`,
 * webpack + ts-loader with the project's tsconfig.json), exactly as `forge deploy` does before it
 * uploads anything. The runtime scripts Forge downloads at deploy time come from a local stand-in
 * (./forge-runtime-stand-in) through the bundler's own LocalWrapperProvider.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { getEntryPoints, getNodeBundler, LocalWrapperProvider } from '@forge/bundler';
import { ConfigFile, FileSystemReader, FileSystemWriter } from '@forge/cli-shared';

export const RUNTIME_STAND_IN = resolve(__dirname, 'forge-runtime-stand-in');

export interface FunctionBundles {
  /** Folder holding `<module>.cjs` for each handler module, plus the runtime files. */
  outputDir: string;
  /** Each manifest function's key and handler (`index.issueResolver`). */
  handlers: { key: string; handler: string }[];
  /** Handler module names (`index`, `validator-entry`). */
  modules: string[];
  warnings: string[];
}

const quietLogger = (warnings: string[]) => ({
  info: () => undefined,
  debug: () => undefined,
  trace: () => undefined,
  warn: (message: string) => warnings.push(message),
  error: (message: string) => warnings.push(message),
});

export async function bundleFunctions(appDirectory = process.cwd()): Promise<FunctionBundles> {
  const reader = new FileSystemReader();
  const configFile = new ConfigFile(reader, new FileSystemWriter());
  const manifest = await configFile.readConfig();
  const handlers = (manifest.modules?.function ?? []).map((f) => ({ key: f.key, handler: f.handler }));
  // The handler list the CLI itself derives from the manifest, as forge deploy does.
  const entryPoints = getEntryPoints(await configFile.getAppHandlers());
  const warnings: string[] = [];
  // The bundler's logger type is the CLI's; ours logs only warnings and errors.
  const logger = quietLogger(warnings) as never;
  const bundler = getNodeBundler(logger, new LocalWrapperProvider(reader, RUNTIME_STAND_IN), configFile);
  const output = await bundler.bundle({ appDirectory, entryPoints });
  // forge deploy packs these beside the bundles; write them so the folder is what would be uploaded.
  for (const [name, content] of output.additionalOutputs ?? []) {
    const target = join(output.outputDir, name);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof content === 'string' && !content.includes('\n') && content.startsWith('/')) copyFileSync(content, target);
    else writeFileSync(target, content);
  }
  return { outputDir: output.outputDir, handlers, modules: entryPoints.map((e) => e.name), warnings };
}
