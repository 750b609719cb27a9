import { css } from 'lit';
import { controls, tokens } from '../../internal/styles.js';

export const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 2px 10px;
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.9em;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .badge.success {
    color: var(--_success);
  }
  .badge.info {
    color: var(--_info);
  }
  .badge.warning {
    color: var(--_warning);
  }
  .badge.danger {
    color: var(--_danger);
  }
  .badge.neutral {
    color: var(--_neutral);
  }
  .spin {
    animation: vf-spin 1s linear infinite;
  }
  @keyframes vf-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;

export const styles = [
  tokens,
  controls,
  badgeStyles,
  css`
    :host([compact]) {
      display: inline-block;
    }
    .card {
      min-height: 8em;
    }
    .header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
    }
    .summary {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9.5em, 1fr));
      gap: var(--_space) calc(var(--_space) * 2);
      margin: calc(var(--_space) * 1.5) 0 0;
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
    .mono {
      font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
      font-size: 0.92em;
    }
    .bar {
      height: 6px;
      border-radius: 3px;
      background: var(--_raised);
      border: 1px solid var(--_border);
      overflow: hidden;
      margin-top: 4px;
    }
    .fill {
      height: 100%;
      background: var(--_success);
      transition: width 0.4s ease;
    }
    .fill.hot {
      background: var(--_warning);
    }
    .message {
      margin: var(--_space) 0 0;
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_raised);
      overflow-wrap: anywhere;
    }
    .message.error {
      color: var(--_danger);
    }
    .detail h3 {
      font-size: 1em;
      margin: calc(var(--_space) * 2) 0 var(--_space);
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.92em;
    }
    th,
    td {
      text-align: left;
      padding: 4px 8px;
      border-bottom: 1px solid var(--_border);
      vertical-align: top;
    }
    th {
      color: var(--_muted);
      font-weight: 500;
    }
    tr.warning td:first-child {
      color: var(--_warning);
      font-weight: 600;
    }
    .chip.ok {
      color: var(--_success);
    }
    .chip.off {
      color: var(--_warning);
    }
    .meter {
      display: grid;
      grid-template-columns: 5em 1fr 3em;
      align-items: center;
      gap: var(--_space);
    }
    .meter .bar {
      margin: 0;
      height: 8px;
    }
    .figure {
      font-variant-numeric: tabular-nums;
    }
    .skeleton-grid dd,
    .skeleton-grid dt {
      display: block;
    }
  `,
];
