import { afterEach, describe, expect, it } from 'vitest';
import { createOverlay } from '@/entrypoints/extract.content/overlay';

afterEach(() => {
  for (const host of document.querySelectorAll('taza-reader-overlay')) host.remove();
  document.documentElement.removeAttribute('style');
  document.body.innerHTML = '';
});

describe('reader overlay', () => {
  it('frames reader.html in a closed shadow root and hides the page from scrolling and focus', () => {
    document.body.innerHTML = '<button id="b">page button</button>';
    const overlay = createOverlay('chrome-extension://id/reader.html');
    overlay.open();
    const host = document.querySelector('taza-reader-overlay') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull(); // closed: page scripts get nothing
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyPriority('z-index')).toBe('important');
    expect(document.documentElement.style.getPropertyValue('overflow')).toBe('hidden');
    expect(overlay.isOpen()).toBe(true);
  });

  it('restores the page exactly: no leftover style attribute, inert state, focus', () => {
    document.body.innerHTML = '<button id="b">page button</button>';
    const button = document.getElementById('b') as HTMLButtonElement;
    button.focus();
    const before = document.documentElement.outerHTML;
    const overlay = createOverlay('chrome-extension://id/reader.html');
    overlay.open();
    overlay.close();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.activeElement).toBe(button);
    expect(overlay.isOpen()).toBe(false);
  });

  it('keeps a page-set inline overflow', () => {
    document.documentElement.style.setProperty('overflow', 'scroll');
    const overlay = createOverlay('chrome-extension://id/reader.html');
    overlay.open();
    overlay.close();
    expect(document.documentElement.getAttribute('style')).toBe('overflow: scroll;');
  });

  it('closes itself when a page script removes it, and Escape closes it', async () => {
    const overlay = createOverlay('chrome-extension://id/reader.html');
    overlay.open();
    document.querySelector('taza-reader-overlay')!.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(overlay.isOpen()).toBe(false);
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    overlay.open();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(overlay.isOpen()).toBe(false);
  });
});
