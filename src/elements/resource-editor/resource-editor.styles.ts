import { css } from 'lit';
import { controls, tokens } from '../../internal/styles.js';

export const styles = [
  tokens,
  controls,
  css`
    h3 {
      margin: 0 0 var(--_space);
      font-size: 1.05em;
    }
    .resources {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr));
      gap: calc(var(--_space) * 1.5);
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 1.5);
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 4px;
    }
    .field {
      margin-bottom: var(--_space);
    }
    .field label {
      display: block;
      margin-bottom: 2px;
    }
    .entry {
      display: flex;
      gap: 4px;
      align-items: stretch;
    }
    .entry input {
      flex: 1 1 auto;
      min-width: 0;
      font-variant-numeric: tabular-nums;
    }
    .entry input.raw {
      font-family: var(--vf-font-family-mono, ui-monospace, SFMono-Regular, Menlo, monospace);
    }
    .entry select {
      flex: 0 0 auto;
    }
    .raw-toggle {
      padding: 4px 8px;
    }
    .raw-toggle[aria-pressed='true'] {
      border-color: var(--_primary);
      color: var(--_primary);
    }
    .reading {
      margin: 2px 0 0;
      color: var(--_muted);
      font-size: 0.9em;
      font-variant-numeric: tabular-nums;
      min-height: 1.45em;
    }
    .stored {
      margin: 0;
    }
    .field-error,
    .field-warning {
      min-height: 1.45em;
    }
    .bar {
      margin-top: 4px;
    }
    .track {
      height: 8px;
      border-radius: 999px;
      background: var(--_raised);
      border: 1px solid var(--_border);
      overflow: hidden;
    }
    .fill {
      height: 100%;
      background: var(--_primary);
      transition: width 0.2s ease-out;
    }
    .bar p {
      margin: 2px 0 0;
    }
    .preset-section {
      margin-top: calc(var(--_space) * 1.5);
    }
    .presets {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
      gap: var(--_space);
      margin-top: 4px;
    }
    .preset-status {
      margin: 4px 0 0;
    }
    .preset-section .label {
      font-weight: 500;
    }
    .preset {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-start;
      line-height: 1.25;
      padding: 4px 10px;
      text-align: start;
    }
    .preset small {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .preset[aria-pressed='true'] {
      /* A thicker look without a thicker border: the size must not change. */
      border-color: var(--_primary);
      box-shadow: inset 0 0 0 1px var(--_primary);
      background: var(--_surface);
    }
    .preset[aria-pressed='true'] .name::after {
      content: ' ✓';
      color: var(--_primary);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
      margin-top: calc(var(--_space) * 1.5);
    }
    .actions .hint {
      margin: 0;
    }
    .skeleton-label {
      display: block;
      width: 5em;
      min-width: 0;
      margin-bottom: 2px;
    }
    .skeleton-input {
      display: block;
      flex: 1 1 auto;
      height: 32px;
    }
  `,
];
