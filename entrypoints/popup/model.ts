/**
 * Shield popup model (one per screen, @preact/signals): the active tab's shield state and the two actions.
 * Talks to the background (`shield.getState`), the tab's frames (`shield.reveal`) and storage (pause list).
 */
import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/messaging';
import { setPaused } from '../../utils/settings/shield-storage';
import type { ShieldTabState } from '../../utils/filtering/types';

export function createShieldModel() {
  const state = signal<ShieldTabState | null>(null);
  const revealed = signal(false);
  const busy = signal(false);
  let tabId: number | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  const total = computed(() => (state.value?.ok ? state.value.counts.ad + state.value.counts.gambling : 0));

  async function refresh(): Promise<void> {
    if (tabId == null) {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      tabId = tab?.id;
    }
    if (tabId == null) {
      state.value = { ok: false, reason: 'no-tab' };
      return;
    }
    state.value = await sendMessage('shield.getState', { tabId }).catch(
      (): ShieldTabState => ({ ok: false, reason: 'not-a-web-page' }),
    );
  }

  async function togglePaused(): Promise<void> {
    const s = state.value;
    if (!s?.ok || busy.value) return;
    busy.value = true;
    try {
      await setPaused(s.host, !s.paused);
      state.value = { ...s, paused: !s.paused };
      if (!s.paused) revealed.value = false;
      setTimeout(() => void refresh(), 500);
    } finally {
      busy.value = false;
    }
  }

  async function toggleReveal(): Promise<void> {
    if (tabId == null) return;
    const next = !revealed.value;
    await sendMessage('shield.reveal', { reveal: next }, tabId).catch(() => undefined);
    revealed.value = next;
  }

  return {
    state,
    revealed,
    busy,
    total,
    async start() {
      await refresh();
      // counts grow while the page's scripts insert ads
      timer = setInterval(() => void refresh(), 1000);
    },
    stop() {
      if (timer) clearInterval(timer);
    },
    togglePaused,
    toggleReveal,
  };
}

export type ShieldModel = ReturnType<typeof createShieldModel>;
