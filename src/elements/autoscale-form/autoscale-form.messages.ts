import { defineMessages } from '../../internal/localize.js';

export const autoscaleMessages = defineMessages({
  en: {
    heading: 'Autoscaling (HPA)',
    loading: 'Loading autoscaling settings…',
    enable: 'Enable autoscaling',
    onHint: 'The autoscaler adds and removes replicas to keep CPU utilization near the target.',
    offHint:
      'Autoscaling is off. The server keeps the range and target below for when it is turned on again.',
    minLabel: 'Minimum replicas',
    maxLabel: 'Maximum replicas',
    targetLabel: 'Target CPU utilization (%)',
    targetSlider: 'Target CPU utilization slider',
    targetHint: 'Between 10 and 100 %.',
    percent: (value: number) => `${value} percent`,
    cpuNow: (cpu: number, target: number) => `CPU now ${cpu} % · target ${target} %`,
    cpuUnknown: 'Current CPU utilization is not available yet (no metrics for this tenant).',
    err_required: 'Enter a whole number.',
    err_minInteger: 'The minimum must be a whole number.',
    err_minAtLeastOne: 'The minimum must be at least 1 replica.',
    err_maxInteger: 'The maximum must be a whole number.',
    err_maxBelowMin: (min: string) =>
      `The maximum must be greater than or equal to the minimum (${min}).`,
    err_targetInteger: 'The target must be a whole number.',
    err_targetRange: 'The target must be between 10 and 100 %.',
    fixFirst: 'Nothing was sent: correct the highlighted field first.',
    save: 'Save',
    saving: 'Saving…',
    reset: 'Reset',
    unsaved: 'Unsaved changes',
    saved: 'Saved. The form shows what the server stored.',
    storedDiffers: (list: string) =>
      `The server stored other values than the ones sent: ${list}. The form shows what it stored.`,
    difference: (label: string, stored: string, sent: string) =>
      `${label} ${stored} (sent ${sent})`,
    on: 'on',
    off: 'off',
    autoscalingWord: 'autoscaling',
    draftKept:
      'Your changes were not saved and are still in the form. The stored values were re-read.',
    storedAnyway:
      'The server reported an error, but re-reading shows that your values were stored.',
    operation: 'autoscaling update',
    notDedicatedTitle: 'Autoscaling needs dedicated mode',
    notDedicated: (mode: string) =>
      `This tenant runs in ${mode} mode: it is served by the shared VeloFlux instance, whose replicas cannot be changed per tenant. Switch the tenant to dedicated mode in its configuration to use autoscaling.`,
    mode_shared: 'shared',
    mode_dedicated: 'dedicated',
  },
  'pt-BR': {
    heading: 'Escalonamento automático (HPA)',
    loading: 'Carregando as configurações de escalonamento automático…',
    enable: 'Ativar escalonamento automático',
    onHint: 'O autoescalador adiciona e remove réplicas para manter o uso de CPU perto da meta.',
    offHint:
      'O escalonamento automático está desligado. O servidor guarda a faixa e a meta abaixo para quando ele for ligado de novo.',
    minLabel: 'Mínimo de réplicas',
    maxLabel: 'Máximo de réplicas',
    targetLabel: 'Meta de uso de CPU (%)',
    targetSlider: 'Controle deslizante da meta de uso de CPU',
    targetHint: 'Entre 10 e 100 %.',
    percent: (value: number) => `${value} por cento`,
    cpuNow: (cpu: number, target: number) => `CPU agora ${cpu} % · meta ${target} %`,
    cpuUnknown: 'O uso atual de CPU ainda não está disponível (não há métricas deste tenant).',
    err_required: 'Informe um número inteiro.',
    err_minInteger: 'O mínimo deve ser um número inteiro.',
    err_minAtLeastOne: 'O mínimo deve ser de pelo menos 1 réplica.',
    err_maxInteger: 'O máximo deve ser um número inteiro.',
    err_maxBelowMin: (min: string) => `O máximo deve ser maior ou igual ao mínimo (${min}).`,
    err_targetInteger: 'A meta deve ser um número inteiro.',
    err_targetRange: 'A meta deve estar entre 10 e 100 %.',
    fixFirst: 'Nada foi enviado: corrija primeiro o campo destacado.',
    save: 'Salvar',
    saving: 'Salvando…',
    reset: 'Restaurar',
    unsaved: 'Alterações não salvas',
    saved: 'Salvo. O formulário mostra o que o servidor armazenou.',
    storedDiffers: (list: string) =>
      `O servidor armazenou valores diferentes dos enviados: ${list}. O formulário mostra o que ele armazenou.`,
    difference: (label: string, stored: string, sent: string) =>
      `${label} ${stored} (enviado ${sent})`,
    on: 'ligado',
    off: 'desligado',
    autoscalingWord: 'escalonamento automático',
    draftKept:
      'Suas alterações não foram salvas e continuam no formulário. Os valores armazenados foram relidos.',
    storedAnyway:
      'O servidor informou um erro, mas a releitura mostra que os seus valores foram armazenados.',
    operation: 'atualização do escalonamento automático',
    notDedicatedTitle: 'O escalonamento automático exige o modo dedicado',
    notDedicated: (mode: string) =>
      `Este tenant roda no modo ${mode}: ele é atendido pela instância compartilhada do VeloFlux, cujas réplicas não podem ser alteradas por tenant. Mude o tenant para o modo dedicado na configuração dele para usar o escalonamento automático.`,
    mode_shared: 'compartilhado',
    mode_dedicated: 'dedicado',
  },
});

export type AutoscaleMessageKey = keyof typeof autoscaleMessages.en;

/** Keys whose message takes no parameters. */
export type PlainMessageKey = {
  [K in AutoscaleMessageKey]: (typeof autoscaleMessages.en)[K] extends string ? K : never;
}[AutoscaleMessageKey];
