const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/QQBrowser/, 'QQ 浏览器'],
  [/360SE|360EE/, '360 浏览器'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X/, 'macOS'],
  [/UOS|Deepin/i, 'UOS'],
  [/Kylin/i, '麒麟'],
  [/Linux/, 'Linux'],
];

// "Chrome · Windows" from a User-Agent header, or the header itself when it names neither.
export function describeUserAgent(userAgent: string): string {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser && !system) return userAgent;
  return [browser, system].filter(Boolean).join(' · ');
}
