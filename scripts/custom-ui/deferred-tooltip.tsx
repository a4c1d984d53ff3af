/**
 * Stands in for `@atlaskit/tooltip/Tooltip` in Custom UI bundles (see lighter-imports.ts). The
 * real Tooltip brings popper, top-layer, motion, portal and the theme provider (~38 KB gzip) to
 * every screen that shows a sortable `@atlaskit/dynamic-table`, although a tooltip only shows
 * on hover or focus. This renders the trigger as it is and fetches the real Tooltip in a lazy
 * chunk on first render, then renders the real one with the same props from then on.
 *
 * Switching to the real Tooltip mounts the trigger afresh, so it waits while the trigger has
 * focus (a keyboard user on a sortable header would otherwise lose their place) and switches
 * when focus leaves it.
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
  // The trigger once mounted (a callback ref); the switch waits while it has focus.
  const [trigger, setTrigger] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (Tooltip) return undefined;
    let live = true;
    void loadTooltip().then((real) => {
      const switchToReal = () => live && setTooltip(() => real);
      const focused = trigger;
      if (focused?.contains(document.activeElement)) focused.addEventListener('focusout', switchToReal, { once: true });
      else switchToReal();
    });
    return () => {
      live = false;
    };
  }, [Tooltip, trigger]);
  if (Tooltip) return createElement(Tooltip, props);
  // Before it arrives: the trigger as the real Tooltip renders it (with a ref, as it gives one), without the tooltip's handlers.
  const { children } = props;
  return (typeof children === 'function' ? (children as (triggerProps: object) => ReactNode)({ ref: setTrigger }) : children) as ReactNode;
}
