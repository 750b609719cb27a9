// Vue template types of the vf-* tags (props, object properties and events), generated from the
// package's custom-elements.json: vue-tsc checks every binding in App.vue against them.
/// <reference types="@veloflux/orchestration-elements/types/vue" />
