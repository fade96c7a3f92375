import type { ChangeEvent, KeyboardEvent } from 'react';

interface ReviewTextFieldProps {
  label: string;
  value: string;
  disabled: boolean;
  testId: string;
  onChange: (value: string) => void;
}

// The drafter's note or the leader's comment. Esc first clears what was typed; in an empty field
// it closes the panel as usual.
export function ReviewTextField({
  label,
  value,
  disabled,
  testId,
  onChange,
}: ReviewTextFieldProps) {
  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value);
  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Escape' || disabled || !value) return;
    event.stopPropagation();
    onChange('');
  };
  return (
    <label className="version-field">
      <span>{label}</span>
      <textarea
        value={value}
        rows={2}
        maxLength={2000}
        disabled={disabled}
        data-testid={testId}
        onChange={handleChange}
        onKeyDown={handleKeyDown}
      />
    </label>
  );
}
