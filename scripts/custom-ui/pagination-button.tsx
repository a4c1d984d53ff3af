/**
 * Stands in for `@atlaskit/button/standard-button` inside `@atlaskit/pagination` (see
 * lighter-imports.ts). Pagination 17 still draws its page and arrow buttons with the legacy
 * Button, whose emotion styles are compiled on first render: about 100 ms of a register load
 * on this machine, for nine buttons. This draws the same buttons with the current
 * `@atlaskit/button/new` (compiled CSS), which every other control of the app already uses.
 *
 * What Pagination passes: subtle appearance, the page number as children or an arrow as
 * `iconBefore`, `aria-label`, `aria-current`, `isSelected`, `isDisabled`, `onClick`, `testId`,
 * and `component` when a caller overrides it (none of ours does; it is then used as given).
 */
import { createElement, type ComponentType, type MouseEvent, type ReactElement, type ReactNode } from 'react';
import Button, { IconButton } from '@atlaskit/button/new';

interface LegacyButtonProps {
  readonly children?: ReactNode;
  readonly iconBefore?: ReactElement;
  readonly 'aria-label'?: string;
  readonly 'aria-current'?: 'page' | undefined;
  readonly isSelected?: boolean;
  readonly isDisabled?: boolean;
  readonly testId?: string;
  readonly onClick?: (event: MouseEvent<HTMLElement>) => void;
  readonly component?: ComponentType<Record<string, unknown>>;
  readonly appearance?: string;
}

export default function PaginationButton(props: LegacyButtonProps) {
  const { children, iconBefore, component, appearance: _legacy, 'aria-label': label, ...shared } = props;
  if (component) return createElement(component, { ...props });
  if (iconBefore && children === undefined) return <IconButton {...shared} appearance="subtle" icon={() => iconBefore} label={label ?? ''} />;
  return (
    <Button {...shared} appearance="subtle" aria-label={label}>
      {children}
    </Button>
  );
}
