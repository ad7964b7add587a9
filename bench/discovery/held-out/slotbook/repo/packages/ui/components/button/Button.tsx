import { cva } from "class-variance-authority";
import type { VariantProps } from "class-variance-authority";
import React, { forwardRef } from "react";

export const buttonClasses = cva(
  "whitespace-nowrap inline-flex items-center text-sm font-medium relative rounded-[10px] transition disabled:cursor-not-allowed",
  {
    variants: {
      color: {
        primary: "bg-brand-default hover:bg-brand-emphasis text-brand",
        secondary: "text-emphasis border border-default bg-default hover:bg-muted",
        minimal: "text-emphasis hover:bg-subtle",
        destructive: "border border-default text-emphasis hover:text-red-700 hover:bg-error",
      },
      size: {
        sm: "px-3 py-2 leading-4 rounded-sm",
        base: "h-9 px-4 py-2.5",
        lg: "h-[36px] px-4 py-2.5",
      },
    },
    defaultVariants: {
      color: "primary",
      size: "base",
    },
  }
);

export type ButtonProps = VariantProps<typeof buttonClasses> &
  Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, "color"> & {
    loading?: boolean;
  };

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(props, ref) {
  const { loading = false, color, size, className, children, disabled, ...passThroughProps } = props;
  return (
    <button
      ref={ref}
      disabled={disabled || loading}
      className={buttonClasses({ color, size, className })}
      data-testid="slotbook-button"
      {...passThroughProps}>
      {loading ? <span className="animate-spin">⟳</span> : children}
    </button>
  );
});

export default Button;
