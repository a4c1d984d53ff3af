import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'disabled'> {
  appearance?: 'default' | 'primary' | 'subtle' | 'danger';
  spacing?: 'default' | 'compact';
  isDisabled?: boolean;
  testId?: string;
  children: ReactNode;
}

/**
 * Atlaskit's button look (design tokens, focus ring, hover states) without its runtime: the
 * Atlaskit button brings emotion, popper and feature flags, over the panel's 150 KB budget.
 */
export function Button({ appearance = 'default', spacing = 'default', isDisabled, testId, type = 'button', children, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} className="ss-button" data-appearance={appearance} data-spacing={spacing} disabled={isDisabled} data-testid={testId}>
      {children}
    </button>
  );
}
