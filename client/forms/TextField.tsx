import type { ChangeEvent, HTMLInputTypeAttribute } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  testId: string;
  onChange: (value: string) => void;
  type?: HTMLInputTypeAttribute;
  hint?: string;
  autoComplete?: string;
  autoFocus?: boolean;
  maxLength?: number;
  disabled?: boolean;
}

// A labelled input with an optional hint underneath.
export function TextField({
  label,
  value,
  testId,
  onChange,
  type = 'text',
  hint,
  autoComplete,
  autoFocus,
  maxLength = 200,
  disabled,
}: TextFieldProps) {
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value);
  return (
    <label className="text-field">
      <span className="text-field-label">{label}</span>
      <input
        type={type}
        value={value}
        data-testid={testId}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        maxLength={maxLength}
        disabled={disabled}
        spellCheck={false}
        onChange={handleChange}
      />
      {hint && <span className="text-field-hint">{hint}</span>}
    </label>
  );
}
