import { useState, type ChangeEvent, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslate } from '../i18n/useTranslate.ts';
import { localUserStore } from './localUserStore.ts';
import { useLocalUser } from './useLocalUser.ts';

export function UserNameInput() {
  const user = useLocalUser();
  const t = useTranslate();
  const [draft, setDraft] = useState<string | null>(null);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => setDraft(event.target.value);
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    localUserStore.rename(event.target.value);
    setDraft(null);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur();
    if (event.key === 'Escape') {
      setDraft(null);
      event.currentTarget.blur();
    }
  };

  return (
    <label className="user-name">
      <span className="user-swatch" style={{ backgroundColor: user.color }} aria-hidden />
      <input
        data-testid="user-name"
        aria-label={t('user.nameLabel')}
        title={t('user.nameLabel')}
        value={draft ?? user.name}
        maxLength={40}
        onChange={handleChange}
        onBlur={handleBlur}
        onKeyDown={handleKeyDown}
      />
    </label>
  );
}
