import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './navigate.ts';

interface NavLinkProps {
  to: string;
  testId?: string;
  className?: string;
  current?: boolean;
  onNavigate?: () => void;
  children: ReactNode;
}

// A link that changes page without reloading, and still opens a new tab on a modified click.
export function NavLink({ to, testId, className, current, onNavigate, children }: NavLinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onNavigate?.();
    navigate(to);
  };
  return (
    <a
      href={to}
      className={className}
      data-testid={testId}
      aria-current={current ? 'page' : undefined}
      onClick={handleClick}
    >
      {children}
    </a>
  );
}
