import type { BrowserContext } from 'playwright-core';

/**
 * Logs a browser context in through `POST /api/session`: `context.request` shares the
 * context's cookie jar, so every page opened in it afterwards carries the session cookie.
 */
export async function loginPage(
  context: BrowserContext,
  server: { httpUrl: string },
  username: string,
  password: string,
): Promise<void> {
  const response = await context.request.post(`${server.httpUrl}/api/session`, {
    data: { username, password },
  });
  if (response.status() !== 201) {
    throw new Error(`Logging in ${username} failed: ${response.status()} ${await response.text()}`);
  }
}
