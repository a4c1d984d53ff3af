import { useEffect, useState } from 'react';
import { sandboxApi } from './api';
import type { CustomUiModuleInfo } from './types';

let cache: Promise<CustomUiModuleInfo[]> | undefined;

/** The manifest's Custom UI modules of a type, or undefined until the sandbox server has answered. */
export function useModulesOrLoading(type: string): CustomUiModuleInfo[] | undefined {
  const [modules, setModules] = useState<CustomUiModuleInfo[] | undefined>();
  useEffect(() => {
    cache ??= sandboxApi.get<CustomUiModuleInfo[]>('modules');
    cache.then(
      (all) => setModules(all.filter((m) => m.type === type)),
      () => setModules([]),
    );
  }, [type]);
  return modules;
}

/** The manifest's Custom UI modules, as the sandbox server read them from manifest.yml. */
export function useModules(type: string): CustomUiModuleInfo[] {
  return useModulesOrLoading(type) ?? [];
}
