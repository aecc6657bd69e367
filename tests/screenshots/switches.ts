/**
 * The Chromium switches of every screenshot browser: quiet, offline, only the
 * built extension. The screenshot scripts run in plain Node, which cannot load
 * tests/e2e/harness.ts (it imports lib/ without file extensions), so this
 * mirrors its `chromiumSwitches`.
 */
export function shotSwitches(ext: string, extra: string[] = []): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    ...extra,
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
  ];
}
