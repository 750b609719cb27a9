import { VfResourceEditor } from './resource-editor.js';

VfResourceEditor.define('vf-resource-editor');

declare global {
  interface HTMLElementTagNameMap {
    'vf-resource-editor': VfResourceEditor;
  }
}

export { VfResourceEditor };
