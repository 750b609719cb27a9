import { css } from 'lit';
import { controls, tokens } from '../../internal/styles.js';

export const styles = [
  tokens,
  controls,
  css`
    .panel {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      border-bottom: 1px solid var(--_border);
    }
    h2 {
      margin: 0;
      font-size: 1.15em;
    }
    [role='tablist'] {
      display: flex;
      gap: 2px;
      padding: 0 var(--_space);
      border-bottom: 1px solid var(--_border);
      overflow-x: auto;
    }
    [role='tab'] {
      border: none;
      border-bottom: 3px solid transparent;
      border-radius: 0;
      background: none;
      padding: 10px 14px;
      color: var(--_muted);
      font-weight: 500;
      white-space: nowrap;
    }
    [role='tab'][aria-selected='true'] {
      color: var(--_text);
      border-bottom-color: var(--_primary);
    }
    [role='tabpanel'] {
      padding: calc(var(--_space) * 2);
      display: grid;
      gap: calc(var(--_space) * 2);
    }
  `,
];
