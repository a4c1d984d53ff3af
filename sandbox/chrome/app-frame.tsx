import React, { useEffect, useRef } from 'react';
import { mountCustomUi, type MountedCustomUi } from '../host/host-frame';
import type { ForgeContextExtras } from '../host/forge-context';
import type { CustomUiModuleInfo } from './types';

interface AppFrameProps {
  module: CustomUiModuleInfo;
  resourceKey: string;
  extension: Record<string, unknown>;
  theme: 'light' | 'dark';
  /** Accessible name of the iframe (default: the module key). */
  title?: string;
  /** A macro placement's `localId` (Forge gives each placed macro its own). */
  localId?: string;
  onMounted?(frame: MountedCustomUi): void;
  onSubmit?(payload: unknown): void;
  onClose?(payload: unknown): void;
}

/** One Custom UI resource in an iframe, with the bridge answered by the sandbox host. */
export function AppFrame({ module, resourceKey, extension, theme, title, localId, onMounted, onSubmit, onClose }: AppFrameProps) {
  const container = useRef<HTMLDivElement>(null);
  const mounted = useRef<MountedCustomUi>();
  useEffect(() => {
    const frame = mountCustomUi(container.current!, {
      resourceKey,
      moduleKey: module.key,
      ...(module.resolverFunction ? { functionKey: module.resolverFunction } : {}),
      context: { extension: { type: module.type, ...extension }, ...(localId ? { localId } : {}) } as ForgeContextExtras,
      theme,
      ...(title ? { title } : {}),
      ...(onSubmit ? { onSubmit } : {}),
      ...(onClose ? { onClose } : {}),
    });
    mounted.current = frame;
    onMounted?.(frame);
    return () => frame.destroy();
    // Remount only when the resource or its subject changes, as the product does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resourceKey, module.key, localId, JSON.stringify(extension)]);
  useEffect(() => mounted.current?.setTheme(theme), [theme]);
  return <div ref={container} data-testid={`app-frame-${module.key}`} />;
}
