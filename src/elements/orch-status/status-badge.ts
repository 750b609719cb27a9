import { html, svg, type TemplateResult } from 'lit';
import { translate, type Locale } from '../../internal/localize.js';
import { statusMessages } from './orch-status.messages.js';

export type BadgeTone = 'success' | 'info' | 'warning' | 'danger' | 'neutral';

const TONES: Record<string, BadgeTone> = {
  ready: 'success',
  running: 'success',
  deploying: 'info',
  updating: 'info',
  scaling: 'info',
  pending: 'info',
  draining: 'warning',
  removing: 'warning',
  error: 'danger',
  failed: 'danger',
  removed: 'neutral',
  stopped: 'neutral',
};

const ICONS: Record<BadgeTone, TemplateResult> = {
  success: svg`<path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2"/>`,
  info: svg`<path d="M8 2a6 6 0 1 0 6 6" fill="none" stroke="currentColor" stroke-width="2"/>`,
  warning: svg`<path d="M8 2l6.5 12h-13z M8 6v4 M8 11.5v1" fill="none" stroke="currentColor" stroke-width="1.6"/>`,
  danger: svg`<path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="2"/>`,
  neutral: svg`<circle cx="8" cy="8" r="3.5" fill="currentColor"/>`,
};

/** The tone for any status string; unknown strings are neutral (api-contract §3). */
export function statusTone(status: string): BadgeTone {
  return TONES[status] ?? 'neutral';
}

/** The localized label of a known status; an unknown string is shown as the server sent it. */
export function statusLabel(locale: Locale, status: string): string {
  const key = `status_${status}` as keyof typeof statusMessages.en;
  return status in TONES ? translate(statusMessages, locale, key) : status;
}

/** A badge: colour + icon + label, so the state never depends on colour alone. */
export function renderBadge(tone: BadgeTone, label: string, spinning = false): TemplateResult {
  return html`<span class="badge ${tone}" part="badge" data-tone=${tone}
    ><svg
      class=${spinning ? 'spin' : ''}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
    >
      ${ICONS[tone]}</svg
    >${label}</span
  >`;
}
