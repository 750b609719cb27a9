import { css } from 'lit';
import { controls, tokens } from '../../internal/styles.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
      --_backdrop: var(--vf-color-backdrop, light-dark(#0d111766, #010409b3));
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
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
    button.danger[aria-disabled='true']:hover {
      border-color: var(--_danger);
    }
    .reasons {
      /* One line is always reserved so enabling or disabling a button never moves the page. */
      min-height: 1.45em;
      margin: calc(var(--_space) / 2) 0 0;
    }
    .reasons p {
      margin: 0;
    }
    .activity {
      min-height: 3.4em;
    }
    .progress {
      margin-top: var(--_space);
    }
    .progress-line {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
      flex-wrap: wrap;
    }
    .elapsed {
      font-variant-numeric: tabular-nums;
      color: var(--_muted);
    }
    .track {
      position: relative;
      height: 6px;
      border-radius: 3px;
      background: var(--_raised);
      border: 1px solid var(--_border);
      overflow: hidden;
      margin-top: 4px;
    }
    .fill {
      height: 100%;
      background: var(--_info);
      transition: width 0.4s ease;
    }
    .fill.indeterminate {
      width: 35%;
      animation: vf-slide 1.2s ease-in-out infinite;
    }
    @keyframes vf-slide {
      from {
        transform: translateX(-100%);
      }
      to {
        transform: translateX(300%);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      /* No sliding bar: a still, half-filled track still says "working". */
      .fill.indeterminate {
        width: 50%;
        transform: none;
      }
    }
    .result p {
      margin: 0;
    }
    .result .server-message {
      margin-top: 4px;
      overflow-wrap: anywhere;
      color: var(--_muted);
    }
    .failure-title {
      margin: var(--_space) 0 0;
      font-weight: 500;
    }
    dialog {
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2);
      max-width: min(32em, calc(100vw - 2em));
    }
    dialog::backdrop {
      background: var(--_backdrop);
    }
    dialog h2 {
      font-size: 1.15em;
      margin: 0 0 var(--_space);
    }
    dialog p {
      margin: 0 0 calc(var(--_space) * 2);
    }
    .dialog-actions {
      display: flex;
      justify-content: flex-end;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    .visually-hidden {
      margin: -1px;
    }
  `,
];
