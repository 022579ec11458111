/**
 * Unit-test setup: fakeBrowser has no i18n; answer getMessage from the real English strings (locales/en.yml),
 * with $1… substitutions, so components render the text a user would see.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseYAML } from 'confbox';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = parseYAML(readFileSync(resolve(__dirname, '../../locales/en.yml'), 'utf8')) as Record<string, unknown>;

function install() {
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (key: string, subs?: string | string[]) => {
    const raw = messages[key];
    if (typeof raw !== 'string') return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return raw.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  };
  i18n.getUILanguage = () => 'en';
}
install();
