export function renderRemoteCaret(user: Record<string, unknown>): HTMLElement {
  const name = typeof user.name === 'string' ? user.name : '';
  const color = typeof user.color === 'string' ? user.color : '#888888';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.dataset.testid = 'remote-caret';
  caret.style.borderColor = color;
  if (typeof user.clientId === 'number') caret.dataset.clientId = String(user.clientId);
  caret.dataset.active = 'true';
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.dataset.testid = 'remote-caret-label';
  label.style.backgroundColor = color;
  label.textContent = name;
  caret.append(label);
  return caret;
}
