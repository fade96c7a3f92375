import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config/loadConfig.ts';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 1234,
      host: undefined,
      dataDir: path.resolve('data'),
      sqliteSynchronous: 'normal',
    });
  });

  it('reads values and treats empty ones as unset', () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/tmp/x', LOG_LEVEL: '' });
    expect(config).toMatchObject({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/tmp/x',
      logLevel: 'info',
    });
  });

  it('keeps an automatic version after ten minutes without edits unless told otherwise', () => {
    expect(loadConfig({}).versionPauseMs).toBe(10 * 60 * 1000);
    expect(loadConfig({ VERSION_PAUSE_MS: '250' }).versionPauseMs).toBe(250);
    expect(() => loadConfig({ VERSION_PAUSE_MS: '0' })).toThrow(/VERSION_PAUSE_MS/);
    expect(() => loadConfig({ VERSION_PAUSE_MS: String(2 ** 31) })).toThrow(/VERSION_PAUSE_MS/);
  });

  it('refuses invalid values with the variable named', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ COMPACT_AFTER_UPDATES: '0' })).toThrow(/COMPACT_AFTER_UPDATES/);
  });

  it('reads the account settings: no default password, origins normalised', () => {
    expect(loadConfig({})).toMatchObject({ adminPassword: undefined, allowedOrigins: [] });
    expect(() => loadConfig({ CODRAFT_ADMIN_PASSWORD: 'short' })).toThrow(/CODRAFT_ADMIN_PASSWORD/);
    const config = loadConfig({
      CODRAFT_ADMIN_PASSWORD: 'long-enough',
      CODRAFT_ALLOWED_ORIGINS: ' https://Codraft.Example.gov.cn/ , http://10.0.0.5:8080',
      TRUST_PROXY: '1',
    });
    expect(config).toMatchObject({
      adminPassword: 'long-enough',
      allowedOrigins: ['https://codraft.example.gov.cn', 'http://10.0.0.5:8080'],
      trustProxy: 1,
    });
    expect(() => loadConfig({ CODRAFT_ALLOWED_ORIGINS: 'not an origin' })).toThrow(
      /CODRAFT_ALLOWED_ORIGINS/,
    );
  });
});
