import { css } from 'lit';
import { controls, tokens } from '../../internal/styles.js';

export const styles = [
  tokens,
  controls,
  css`
    .card {
      /* The skeleton, the error and the form start at the same height: no jump when loaded. */
      min-height: 24em;
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 2);
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 4px;
    }
    .choice {
      display: flex;
      align-items: flex-start;
      gap: var(--_space);
      padding: 6px 4px;
      font-weight: normal;
      cursor: pointer;
    }
    .choice input {
      margin: 3px 0 0;
      min-height: auto;
      accent-color: var(--_primary);
    }
    .choice-label {
      display: block;
      font-weight: 600;
    }
    .choice .hint {
      display: block;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .field input {
      max-width: 28em;
    }
    .hint,
    .field-error,
    .field-warning {
      margin: 0;
    }
    .mono {
      font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
      font-size: 0.92em;
    }
    .domains .hint {
      margin-bottom: var(--_space);
    }
    .domain-list {
      list-style: none;
      margin: 0 0 var(--_space);
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .domain-list li {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      padding: 2px 2px 2px var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_raised);
      overflow-wrap: anywhere;
    }
    .domain-list .remove {
      min-height: 28px;
      padding: 2px 10px;
    }
    .empty {
      color: var(--_muted);
      margin: 0 0 var(--_space);
    }
    .add-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    .add-row input {
      flex: 1 1 14em;
      max-width: 28em;
    }
    .summary h3 {
      font-size: 1em;
      margin: 0 0 var(--_space);
    }
    .summary dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
      gap: var(--_space) calc(var(--_space) * 2);
      margin: 0;
    }
    dt {
      color: var(--_muted);
      font-size: 0.85em;
    }
    dd {
      margin: 0;
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .summary a {
      display: block;
      width: fit-content;
      color: var(--_primary);
      font-weight: normal;
      margin-top: 2px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    button[aria-disabled='true'] {
      opacity: 0.55;
      cursor: not-allowed;
    }
    button.primary[aria-disabled='true']:hover {
      border-color: var(--_primary);
    }
    .unsaved {
      color: var(--_warning);
      font-size: 0.9em;
    }
    .notice {
      margin: 0;
    }
    .skeleton.block {
      display: block;
      width: 100%;
    }
    dialog {
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      max-width: min(32em, 90vw);
      padding: calc(var(--_space) * 2);
    }
    dialog::backdrop {
      background: color-mix(in srgb, var(--_neutral) 55%, transparent);
    }
    dialog h2 {
      font-size: 1.1em;
      margin: 0 0 var(--_space);
    }
    dialog .actions {
      justify-content: flex-end;
      margin-top: calc(var(--_space) * 2);
    }
  `,
];
