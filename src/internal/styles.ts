import { css } from 'lit';

/**
 * Design tokens shared by every element. Each `--vf-*` property can be set by the host page;
 * the fallbacks follow the page's `color-scheme` through `light-dark()`, so `color-scheme: dark`
 * on any ancestor (or the user's preference with `color-scheme: light dark`) gives the dark theme.
 */
export const tokens = css`
  :host {
    color-scheme: inherit;
    --_text: var(--vf-color-text, light-dark(#1b2430, #e6edf3));
    --_muted: var(--vf-color-text-muted, light-dark(#556272, #9aa7b4));
    --_surface: var(--vf-color-surface, light-dark(#ffffff, #161b22));
    --_raised: var(--vf-color-surface-raised, light-dark(#f5f7fa, #1f2630));
    --_border: var(--vf-color-border, light-dark(#d3d9e0, #3a4452));
    --_primary: var(--vf-color-primary, light-dark(#1f5fbf, #5c9dff));
    --_on-primary: var(--vf-color-on-primary, light-dark(#ffffff, #0d1117));
    --_success: var(--vf-color-success, light-dark(#1a7f37, #3fb950));
    --_warning: var(--vf-color-warning, light-dark(#8a5a00, #d29922));
    --_danger: var(--vf-color-danger, light-dark(#c0262d, #f85149));
    --_info: var(--vf-color-info, light-dark(#1f5fbf, #58a6ff));
    --_neutral: var(--vf-color-neutral, light-dark(#5b6573, #8b949e));
    --_radius: var(--vf-radius, 6px);
    --_space: var(--vf-space, 8px);
    --_focus: var(--vf-focus-ring, 0 0 0 3px light-dark(#1f5fbf66, #5c9dff88));
    font-family: var(--vf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--vf-font-size, 14px);
    line-height: 1.45;
    color: var(--_text);
  }
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** Cards, buttons, fields, messages and skeletons used across the elements. */
export const controls = css`
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
  }
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 4px 12px;
    min-height: 32px;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--_primary);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  button.danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 4px 8px;
    min-height: 32px;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  label {
    font-weight: 500;
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.9em;
    margin: 2px 0 0;
  }
  .field-warning {
    color: var(--_warning);
    font-size: 0.9em;
    margin: 2px 0 0;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .notice {
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_info);
    border-radius: var(--_radius);
    background: var(--_raised);
    padding: var(--_space);
    margin: var(--_space) 0;
  }
  .notice.error {
    border-left-color: var(--_danger);
  }
  .notice.warning {
    border-left-color: var(--_warning);
  }
  .notice.success {
    border-left-color: var(--_success);
  }
  details summary {
    cursor: pointer;
    color: var(--_muted);
  }
  pre.details {
    white-space: pre-wrap;
    word-break: break-word;
    margin: 4px 0 0;
    font-size: 0.85em;
  }
  .skeleton {
    position: relative;
    isolation: isolate;
    display: inline-block;
    min-width: 6em;
    border-radius: var(--_radius);
    color: transparent;
  }
  /* The pulse is a layer under the (transparent) text: opacity runs on the compositor, so a page
     full of loading elements repaints nothing per frame, and the text keeps full opacity. */
  .skeleton::before {
    content: '';
    position: absolute;
    inset: 0;
    z-index: -1;
    border-radius: inherit;
    background: var(--_border);
    animation: vf-pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes vf-pulse {
    from {
      opacity: 0.35;
    }
    to {
      opacity: 0.8;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
