import { useEffect, useState } from 'react';
import { sandboxApi } from './api';
import type { CustomUiModuleInfo } from './types';

let cache: Promise<CustomUiModuleInfo[]> | undefined;

/** The manifest's Custom UI modules, as the sandbox server read them from manifest.yml. */
export function useModules(type: string): CustomUiModuleInfo[] {
  const [modules, setModules] = useState<CustomUiModuleInfo[]>([]);
  useEffect(() => {
    cache ??= sandboxApi.get<CustomUiModuleInfo[]>('modules');
    cache.then((all) => setModules(all.filter((m) => m.type === type)), () => setModules([]));
  }, [type]);
  return modules;
}
