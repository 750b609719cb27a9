import { css } from 'lit';
import { controls, tokens } from '../../internal/styles.js';

export const styles = [
  tokens,
  controls,
  css`
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: var(--_space);
      margin-bottom: var(--_space);
    }
    .current {
      display: inline-flex;
      gap: var(--_space);
      align-items: baseline;
      min-height: 1.45em;
    }
    .figure {
      font-variant-numeric: tabular-nums;
      color: var(--_muted);
    }
    .progress {
      color: var(--_info);
      font-weight: 600;
    }
    .stepper {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
    }
    .step {
      min-width: 32px;
      padding: 4px 8px;
      font-weight: 600;
    }
    input {
      width: 5em;
      text-align: center;
      font-variant-numeric: tabular-nums;
    }
    input:disabled {
      opacity: 0.55;
    }
    .apply {
      margin-inline-start: var(--_space);
    }
    button[aria-disabled='true'] {
      opacity: 0.55;
      cursor: not-allowed;
    }
    button[aria-disabled='true']:hover {
      border-color: var(--_border);
    }
    button.primary[aria-disabled='true']:hover {
      border-color: var(--_primary);
    }
    /* Messages keep their line when empty, so nothing below jumps when one appears. */
    .field-error,
    .reason {
      min-height: 1.45em;
      margin: 4px 0;
    }
    .presets {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .preset {
      min-width: 2.5em;
      padding: 2px 8px;
      min-height: 28px;
      font-variant-numeric: tabular-nums;
    }
    .preset[aria-pressed='true'] {
      border-color: var(--_primary);
      color: var(--_primary);
      font-weight: 600;
    }
    .server-message {
      margin: 4px 0 0;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    dialog {
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2);
      max-width: min(28em, 90vw);
    }
    dialog::backdrop {
      /* Inherits the host tokens (::backdrop inherits from its dialog in current browsers). */
      background: color-mix(in srgb, var(--_neutral) 55%, transparent);
    }
    dialog h2 {
      font-size: 1.1em;
      margin: 0 0 var(--_space);
    }
    .dialog-actions {
      display: flex;
      justify-content: flex-end;
      gap: var(--_space);
      margin-top: calc(var(--_space) * 2);
    }
  `,
];
