// Register the elements this app uses before Vue renders them (one module per tag, Lit shared).
import '@veloflux/orchestration-elements/vf-orch-provider';
import '@veloflux/orchestration-elements/vf-orch-status';
import '@veloflux/orchestration-elements/vf-scale-control';
import '@veloflux/orchestration-elements/vf-autoscale-form';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
