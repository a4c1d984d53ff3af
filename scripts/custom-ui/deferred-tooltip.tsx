/**
 * Stands in for `@atlaskit/tooltip/Tooltip` in Custom UI bundles (see lighter-imports.ts). The
 * real Tooltip brings popper, top-layer, motion, portal and the theme provider (~38 KB gzip) to
 * every screen that shows a sortable `@atlaskit/dynamic-table`, although a tooltip only shows
 * on hover or focus. This renders the trigger as it is and fetches the real Tooltip in a lazy
 * chunk on first render, then renders the real one with the same props from then on.
 */
import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';

type TooltipComponent = ComponentType<{ children?: unknown }>;

let loaded: TooltipComponent | undefined;
let loading: Promise<TooltipComponent> | undefined;

/** Starts (once) fetching the real Tooltip; resolves with it. */
export function loadTooltip(): Promise<TooltipComponent> {
  loading ??= import('@atlaskit/tooltip').then((module) => {
    loaded = module.default as unknown as TooltipComponent;
    return loaded;
  });
  return loading;
}

export default function DeferredTooltip(props: { children?: unknown }) {
  const [Tooltip, setTooltip] = useState<TooltipComponent | undefined>(() => loaded);
  useEffect(() => {
    if (Tooltip) return undefined;
    let live = true;
    void loadTooltip().then((real) => live && setTooltip(() => real));
    return () => {
      live = false;
    };
  }, [Tooltip]);
  if (Tooltip) return createElement(Tooltip, props);
  // Before it arrives: the trigger as the real Tooltip renders it, without the tooltip's handlers.
  const { children } = props;
  return (typeof children === 'function' ? (children as (triggerProps: object) => ReactNode)({}) : children) as ReactNode;
}
