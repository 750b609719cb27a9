import { css } from 'lit';
import { controls, tokens } from '../../internal/styles.js';

export const styles = [
  tokens,
  controls,
  css`
    .card {
      min-height: 17em;
    }
    .title {
      font-weight: 600;
      font-size: 1.05em;
      margin: 0 0 var(--_space);
    }
    .switch {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      background: transparent;
      border: none;
      padding: 2px 4px;
      font-weight: 500;
    }
    .switch:hover:not(:disabled) .track {
      border-color: var(--_primary);
    }
    .track {
      position: relative;
      flex: none;
      width: 2.6em;
      height: 1.45em;
      border-radius: 999px;
      border: 1px solid var(--_border);
      background: var(--_raised);
      transition: background 0.15s ease;
    }
    .thumb {
      position: absolute;
      top: 2px;
      left: 2px;
      width: calc(1.45em - 6px);
      height: calc(1.45em - 6px);
      border-radius: 50%;
      background: var(--_muted);
      transition: transform 0.15s ease;
    }
    .switch[aria-checked='true'] .track {
      background: var(--_primary);
      border-color: var(--_primary);
    }
    .switch[aria-checked='true'] .thumb {
      background: var(--_on-primary);
      transform: translateX(1.15em);
    }
    .hint {
      margin: 4px 0 0;
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
      gap: var(--_space) calc(var(--_space) * 2);
      margin: calc(var(--_space) * 1.5) 0 0;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: 0;
    }
    .field.target {
      grid-column: 1 / -1;
    }
    .target-row {
      display: flex;
      align-items: center;
      gap: var(--_space);
    }
    input[type='range'] {
      flex: 1;
      min-width: 6em;
      accent-color: var(--_primary);
      border: none;
      padding: 0;
      background: transparent;
    }
    input[type='number'] {
      width: 100%;
      max-width: 9em;
      font-variant-numeric: tabular-nums;
    }
    input:disabled {
      opacity: 0.6;
    }
    .slot {
      min-height: 1.35em;
    }
    .field-error {
      margin: 0;
    }
    .cpu {
      margin: var(--_space) 0 0;
      min-height: 1.45em;
      font-variant-numeric: tabular-nums;
    }
    .cpu.over {
      color: var(--_warning);
      font-weight: 500;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      margin-top: calc(var(--_space) * 1.5);
    }
    .dirty {
      color: var(--_warning);
      font-size: 0.9em;
    }
    button[aria-disabled='true'] {
      opacity: 0.55;
      cursor: progress;
    }
    /* As tall as the loaded form: no jump when it arrives. */
    .card[aria-busy='true'].loading {
      min-height: 28em;
    }
    .skeleton-row {
      display: block;
      height: 1.6em;
      margin: var(--_space) 0;
    }
    .skeleton-row.short {
      width: 40%;
    }
  `,
];
