import { useState, type ChangeEvent, type FormEvent } from 'react';
import { CURRENT_VERSION, type VersionSummary } from '../../shared/versions/versionApi.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import type { ComparisonSide } from './ComparisonView.tsx';
import { quotedVersionLabelOf, versionLabelOf } from './versionNames.ts';

interface CompareFormProps {
  versions: readonly VersionSummary[];
  onCompare: (from: ComparisonSide, to: ComparisonSide) => void;
}

// Any two versions, or a version and the current document; defaults to newest version → now.
// Each version is offered with its time, as several may share a name (自动保存, 初稿).
export function CompareForm({ versions, onCompare }: CompareFormProps) {
  const t = useTranslate();
  const language = useLanguage();
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>(CURRENT_VERSION);
  const [error, setError] = useState<string | null>(null);
  // A choice whose version was deleted meanwhile falls back to the defaults.
  const known = (id: string) =>
    id === CURRENT_VERSION || versions.some((version) => version.id === id);
  const fromId = known(from) ? from : (versions[0]?.id ?? '');
  const toId = known(to) ? to : CURRENT_VERSION;

  const labelOf = (id: string) => {
    const version = versions.find((candidate) => candidate.id === id);
    if (version) return quotedVersionLabelOf(version, t, language);
    return id === CURRENT_VERSION ? t('compare.current') : id;
  };
  const handleFromChange = (event: ChangeEvent<HTMLSelectElement>) => setFrom(event.target.value);
  const handleToChange = (event: ChangeEvent<HTMLSelectElement>) => setTo(event.target.value);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!fromId || fromId === toId) {
      setError(t('compare.same'));
      return;
    }
    setError(null);
    onCompare({ id: fromId, label: labelOf(fromId) }, { id: toId, label: labelOf(toId) });
  };

  const options = versions.map((version) => (
    <option key={version.id} value={version.id}>
      {versionLabelOf(version, t, language)}
    </option>
  ));
  return (
    <form className="compare-form" onSubmit={handleSubmit}>
      <label className="version-field">
        <span>{t('compare.from')}</span>
        <select value={fromId} data-testid="compare-from" onChange={handleFromChange}>
          {options}
          <option value={CURRENT_VERSION}>{t('compare.current')}</option>
        </select>
      </label>
      <label className="version-field">
        <span>{t('compare.to')}</span>
        <select value={toId} data-testid="compare-to" onChange={handleToChange}>
          <option value={CURRENT_VERSION}>{t('compare.current')}</option>
          {options}
        </select>
      </label>
      <button type="submit" data-testid="compare-submit" disabled={versions.length === 0}>
        {t('compare.submit')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
