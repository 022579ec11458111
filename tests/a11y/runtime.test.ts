/**
 * The accessibility half of the always-on content script (entrypoints/shield.content/a11y.ts) in jsdom:
 * the registered CSS files are stood in for by a <style> with the same custom-property signature (what the
 * background's files set on <html>), and the runtime must go "live" exactly when the page did not get the files
 * for the stored modes — and never read style before verify() (the page's load).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { startA11y, A11Y_STYLE_ID } from '../../entrypoints/shield.content/a11y';
import { LIVE_ATTRIBUTE, SIGNATURE_PROPERTIES, signatureOf } from '../../utils/a11y/stylesheet';
import { DEFAULT_A11Y_MODES, effectiveModes, type A11yModes, type A11ySettings } from '../../utils/settings/a11y-settings';

/** Modes as our screens store them: a scheme or a text scale only counts with its switch on. */
const modes = (patch: Partial<A11yModes>): A11yModes => ({
  ...DEFAULT_A11Y_MODES,
  ...(patch.scheme ? { contrast: true } : {}),
  ...(patch.textScale ? { largeText: true } : {}),
  ...patch,
});
const settings = (patch: Partial<A11yModes>, sites: Record<string, A11yModes> = {}): A11ySettings => ({ global: modes(patch), sites });

/** A page that got the registered files for `registered` (or none). */
function page(registered?: Partial<A11yModes>) {
  const dom = new JSDOM('<!doctype html><html><head></head><body><p>Text <img src="x.png" alt="Photo of Abai"></p></body></html>', {
    url: 'https://tengrinews.kz/news/1',
    pretendToBeVisual: true,
  });
  const doc = dom.window.document;
  if (registered) {
    const sig = signatureOf(effectiveModes(modes(registered))).split('|');
    const decls = SIGNATURE_PROPERTIES.map((p, i) => (sig[i] ? `${p}: ${sig[i]};` : '')).join(' ');
    const style = doc.createElement('style');
    style.textContent = `html:not([${LIVE_ATTRIBUTE}]) { ${decls} }`;
    doc.head.append(style);
  }
  return { dom, doc, live: () => doc.documentElement.hasAttribute(LIVE_ATTRIBUTE), style: () => doc.getElementById(A11Y_STYLE_ID) };
}

describe('a11y runtime (always-on content script)', () => {
  it('the files match the stored modes: stays off the live path', () => {
    const p = page({ scheme: 'black-on-white', textScale: 150 });
    const rt = startA11y(p.doc, 'tengrinews.kz');
    rt.init(settings({ scheme: 'black-on-white', textScale: 150 }));
    rt.verify();
    expect(p.live()).toBe(false);
    expect(p.style()).toBeNull();
  });

  it('nothing stored and no files: stays off the live path', () => {
    const p = page();
    const rt = startA11y(p.doc, 'tengrinews.kz');
    rt.init(undefined);
    rt.verify();
    expect(p.live()).toBe(false);
  });

  it('a mode is on and the files are stale or missing: goes live as soon as the settings are read (first frame)', () => {
    const p = page({ scheme: 'black-on-white' });
    const rt = startA11y(p.doc, 'tengrinews.kz');
    rt.init(settings({ scheme: 'yellow-on-black' }));
    expect(p.live()).toBe(true); // before load: the first frame must not flash unstyled
    rt.verify();
    expect(p.live()).toBe(true);
    expect(p.style()?.textContent).toContain('html[data-taza-a11y-live]');
    expect(p.doc.documentElement.lastElementChild).toBe(p.style());
  });

  it('modes turned off while the page loaded: goes live with a neutral sheet (switches the stale files off)', () => {
    const p = page({ textScale: 200 });
    const rt = startA11y(p.doc, 'tengrinews.kz');
    rt.init(settings({}));
    rt.verify();
    expect(p.live()).toBe(true);
  });

  it('with every mode off, reads no style before load; the right files are left alone', () => {
    const p = page();
    const spy = vi.spyOn(p.dom.window, 'getComputedStyle');
    const rt = startA11y(p.doc, 'tengrinews.kz');
    rt.init(settings({}));
    expect(spy).not.toHaveBeenCalled();
    rt.verify();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(p.live()).toBe(false);
    const q = page({ scheme: 'white-on-black' });
    const rq = startA11y(q.doc, 'tengrinews.kz');
    rq.init(settings({ scheme: 'white-on-black' })); // the registered files are there: nothing to do
    rq.verify();
    expect(q.live()).toBe(false);
  });

  it('does not read style before verify(), and verifies once the settings arrive if load came first', () => {
    const p = page({ scheme: 'black-on-white' });
    const spy = vi.spyOn(p.dom.window, 'getComputedStyle');
    const rt = startA11y(p.doc, 'tengrinews.kz');
    rt.verify(); // load before the storage read
    expect(spy).not.toHaveBeenCalled();
    rt.init(settings({ scheme: 'white-on-black' }));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(p.live()).toBe(true);
  });

  it('a later change goes live at once; a site override wins over the global modes', () => {
    const p = page();
    const rt = startA11y(p.doc, 'tengrinews.kz');
    rt.init(settings({}));
    rt.verify();
    rt.change(settings({}, { 'tengrinews.kz': modes({ scheme: 'yellow-on-black' }) }));
    expect(p.live()).toBe(true);
    expect(p.style()?.textContent).toMatch(/yellow|#ff0|#ffff00/i);
  });

  it('hidden images get their alt text, and lose it when images return', async () => {
    const p = page();
    const rt = startA11y(p.doc, 'tengrinews.kz');
    rt.init(settings({ images: 'hide' }));
    await new Promise((r) => p.dom.window.requestAnimationFrame(() => r(null)));
    expect(p.doc.body.textContent).toContain('Photo of Abai');
    rt.change(settings({}));
    expect(p.doc.body.textContent).not.toContain('Photo of Abai');
    rt.stop();
  });
});
