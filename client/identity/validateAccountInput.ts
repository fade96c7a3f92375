import { displayNameSchema, passwordSchema, usernameSchema } from '../../shared/auth/authApi.ts';
import type { MessageKey } from '../i18n/messages.ts';

export interface AccountInput {
  username: string;
  displayName: string;
  password: string;
  // Absent where the password is typed once (an administrator setting an initial password).
  passwordConfirm?: string;
}

// The first thing wrong with a new account's fields, by the same rules the server applies.
export function validateAccountInput(input: AccountInput): MessageKey | null {
  if (!usernameSchema.safeParse(input.username).success) return 'form.usernameInvalid';
  if (input.displayName.trim() && !displayNameSchema.safeParse(input.displayName).success)
    return 'form.displayNameInvalid';
  if (!passwordSchema.safeParse(input.password).success) return 'form.passwordTooShort';
  if (input.passwordConfirm !== undefined && input.password !== input.passwordConfirm)
    return 'form.passwordMismatch';
  return null;
}
