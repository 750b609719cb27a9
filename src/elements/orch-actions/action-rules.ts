import { isTransitional, type StatusSnapshot } from '../../client/index.js';
import { translate, type Locale } from '../../internal/localize.js';
import { statusLabel } from '../orch-status/status-badge.js';
import type { ActionKind, OperationTracker } from './operation-tracker.js';
import { actionsMessages } from './orch-actions.messages.js';

/**
 * Why `kind` cannot run now (shown next to the button, which stays focusable), or `null` when it
 * can. Deploy is refused only during a transition; Drain needs a deployed, dedicated tenant.
 */
export function blockReason(
  locale: Locale,
  kind: ActionKind,
  operation: OperationTracker | null,
  snapshot: StatusSnapshot | null,
): string | null {
  const t = actionsMessages[locale];
  if (operation) {
    if (operation.phase === 'sending') return t.reasonSending;
    return operation.kind === 'deploy' ? t.running_deploy : t.running_drain;
  }
  const error = snapshot?.error ?? null;
  const status = snapshot?.status ?? null;
  if (!snapshot || (!status && !error)) return t.reasonLoading;
  if (error?.code === 'not_available') return t.reasonNotAvailable;
  if (!error && status && isTransitional(status.status)) {
    const label = statusLabel(locale, status.status);
    return translate(actionsMessages, locale, 'reasonTransitional', label);
  }
  if (kind === 'deploy') return null;
  // Quirk 3: a 500 on status means "never deployed": Deploy is the way out, Drain has nothing.
  if (error?.code === 'not_deployed') return t.reasonDrainNotDeployed;
  if (!status) return t.reasonDrainUnknown;
  return status.mode === 'dedicated' ? null : t.reasonDrainShared;
}

/** The deepest focused element, through open shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
