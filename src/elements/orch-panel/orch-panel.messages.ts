import { defineMessages } from '../../internal/localize.js';

export const panelMessages = defineMessages({
  en: {
    title: (tenant: string) => `Tenant ${tenant}`,
    tabs: 'Tenant console sections',
    tab_status: 'Status',
    tab_lifecycle: 'Lifecycle',
    tab_scaling: 'Scaling',
    tab_resources: 'Resources',
    tab_configuration: 'Configuration',
  },
  'pt-BR': {
    title: (tenant: string) => `Tenant ${tenant}`,
    tabs: 'Seções do console do tenant',
    tab_status: 'Status',
    tab_lifecycle: 'Ciclo de vida',
    tab_scaling: 'Escalonamento',
    tab_resources: 'Recursos',
    tab_configuration: 'Configuração',
  },
});
