import { defineMessages } from '../../internal/localize.js';

export const scaleMessages = defineMessages({
  en: {
    label: 'Replicas',
    decrement: 'Decrease replicas by one',
    increment: 'Increase replicas by one',
    apply: 'Apply',
    presets: 'Common replica counts',
    current: (ready: number, desired: number) => `${ready}/${desired} ready`,
    currentUnknown: 'Reading replicas…',
    scalingTo: (target: number) => `Scaling to ${target}…`,
    sending: (target: number) => `Sending ${target}…`,
    queued: (target: number) => `${target} will be sent when the current request ends.`,
    operation: 'scale',
    // Validation of the typed value (inline, nothing is sent).
    invalidEmpty: 'Enter a number of replicas.',
    invalidNumber: (text: string) => `“${text}” is not a number. Enter a whole number of replicas.`,
    invalidInteger: 'Replicas must be a whole number.',
    invalidMin: (min: number) => `Replicas must be at least ${min}.`,
    invalidMax: (max: number) => `Replicas must be at most ${max}.`,
    serverRefused: (message: string) => `The server refused the value: ${message}`,
    // Why the control (or Apply) is disabled.
    reasonShared:
      'Scaling is only available in dedicated mode: this tenant runs on the shared instance.',
    reasonAutoscaling: (min: number, max: number, target: number) =>
      `Autoscaling manages replicas: ${min}–${max} at ${target} % CPU. Turn autoscaling off to scale by hand.`,
    reasonTransition: (status: string) =>
      `An operation is running (${status}). Scaling is possible once it finishes.`,
    reasonEqual: (replicas: number) =>
      `Already at ${replicas} ${replicas === 1 ? 'replica' : 'replicas'}. Choose another value to scale.`,
    reasonEqualPending: (replicas: number) => `Already scaling to ${replicas}.`,
    reasonNotDeployed: 'This tenant is not deployed yet. Deploy it before scaling.',
    reasonNotAvailable: 'Orchestration is not available on this server.',
    reasonConfigUnknown:
      'The configuration could not be read, so it is unknown whether autoscaling manages the replicas.',
    reasonLoading: 'Reading the current state…',
    status_deploying: 'deploying',
    status_updating: 'updating',
    status_scaling: 'scaling',
    status_draining: 'draining',
    status_removing: 'removing',
    status_pending: 'pending',
    // Outcomes.
    settledReady: (replicas: number) =>
      `Scaled to ${replicas} ${replicas === 1 ? 'replica' : 'replicas'}.`,
    settledMismatch: (target: number, replicas: number) =>
      `The server settled at ${replicas} ${replicas === 1 ? 'replica' : 'replicas'}, not ${target}. Something else (such as an autoscaler) may manage the replicas.`,
    settledError: (target: number) =>
      `Scaling to ${target} failed: the deployment reports an error.`,
    settledTimeout: (target: number, wait: string) =>
      `Not at ${target} ready replicas after ${wait}. The server may still be working; check the status.`,
    // Confirmation of a large scale-down.
    confirmTitle: 'Scale down?',
    confirmBody: (from: number, to: number) =>
      `Scale down from ${from} to ${to} ${to === 1 ? 'replica' : 'replicas'}? Removing half of the replicas or more can leave too few pods to carry the current traffic.`,
    confirmAction: (to: number) => `Scale down to ${to}`,
    cancel: 'Cancel',
  },
  'pt-BR': {
    label: 'Réplicas',
    decrement: 'Diminuir uma réplica',
    increment: 'Aumentar uma réplica',
    apply: 'Aplicar',
    presets: 'Quantidades comuns de réplicas',
    current: (ready: number, desired: number) => `${ready}/${desired} prontas`,
    currentUnknown: 'Lendo réplicas…',
    scalingTo: (target: number) => `Escalando para ${target}…`,
    sending: (target: number) => `Enviando ${target}…`,
    queued: (target: number) => `${target} será enviado quando a solicitação atual terminar.`,
    operation: 'escalonamento',
    invalidEmpty: 'Informe um número de réplicas.',
    invalidNumber: (text: string) =>
      `“${text}” não é um número. Informe um número inteiro de réplicas.`,
    invalidInteger: 'O número de réplicas deve ser inteiro.',
    invalidMin: (min: number) => `O número de réplicas deve ser no mínimo ${min}.`,
    invalidMax: (max: number) => `O número de réplicas deve ser no máximo ${max}.`,
    serverRefused: (message: string) => `O servidor recusou o valor: ${message}`,
    reasonShared:
      'O escalonamento só está disponível no modo dedicado: este tenant roda na instância compartilhada.',
    reasonAutoscaling: (min: number, max: number, target: number) =>
      `O autoescalonamento gerencia as réplicas: ${min}–${max} com ${target} % de CPU. Desative o autoescalonamento para escalar manualmente.`,
    reasonTransition: (status: string) =>
      `Há uma operação em andamento (${status}). Será possível escalar quando ela terminar.`,
    reasonEqual: (replicas: number) =>
      `Já está com ${replicas} ${replicas === 1 ? 'réplica' : 'réplicas'}. Escolha outro valor para escalar.`,
    reasonEqualPending: (replicas: number) => `Já está escalando para ${replicas}.`,
    reasonNotDeployed: 'Este tenant ainda não foi implantado. Implante-o antes de escalar.',
    reasonNotAvailable: 'A orquestração não está disponível neste servidor.',
    reasonConfigUnknown:
      'Não foi possível ler a configuração, então não se sabe se o autoescalonamento gerencia as réplicas.',
    reasonLoading: 'Lendo o estado atual…',
    status_deploying: 'implantando',
    status_updating: 'atualizando',
    status_scaling: 'escalando',
    status_draining: 'drenando',
    status_removing: 'removendo',
    status_pending: 'pendente',
    settledReady: (replicas: number) =>
      `Escalado para ${replicas} ${replicas === 1 ? 'réplica' : 'réplicas'}.`,
    settledMismatch: (target: number, replicas: number) =>
      `O servidor estabilizou em ${replicas} ${replicas === 1 ? 'réplica' : 'réplicas'}, não em ${target}. Outro mecanismo (como um autoescalador) pode estar gerenciando as réplicas.`,
    settledError: (target: number) =>
      `O escalonamento para ${target} falhou: a implantação informa um erro.`,
    settledTimeout: (target: number, wait: string) =>
      `Ainda sem ${target} réplicas prontas após ${wait}. O servidor pode continuar trabalhando; confira o status.`,
    confirmTitle: 'Reduzir réplicas?',
    confirmBody: (from: number, to: number) =>
      `Reduzir de ${from} para ${to} ${to === 1 ? 'réplica' : 'réplicas'}? Remover metade das réplicas ou mais pode deixar pods de menos para atender o tráfego atual.`,
    confirmAction: (to: number) => `Reduzir para ${to}`,
    cancel: 'Cancelar',
  },
});

export type ScaleMessageKey = keyof typeof scaleMessages.en;
