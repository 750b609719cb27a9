import { defineMessages } from '../../internal/localize.js';

export const actionsMessages = defineMessages({
  en: {
    groupLabel: 'Deployment actions',
    deploy: 'Deploy',
    drain: 'Drain',
    /** The operation's name inside the shared "state unknown" sentence ("the deploy request"). */
    operation_deploy: 'deploy',
    operation_drain: 'drain',
    reasonLoading: 'Checking the current status…',
    reasonSending: 'Sending the request…',
    running_deploy: 'A deployment is running: wait for it to finish.',
    running_drain: 'A drain is running: wait for it to finish.',
    reasonTransitional: (label: string) =>
      `An operation is already running (${label}). Wait for it to finish.`,
    reasonNotAvailable: 'Orchestration is not available on this server.',
    reasonDrainShared: 'Drain is only available in dedicated mode.',
    reasonDrainNotDeployed: 'Deploy the tenant before draining it.',
    reasonDrainUnknown: 'Drain needs the current status, which could not be read.',
    statusUnreadable: (reason: string) => `The current status could not be read: ${reason}`,
    progress_deploy: 'Deploying…',
    progress_drain: 'Draining: restarting all pods…',
    progressSending: 'Sending the request…',
    progressLabel: (operation: string) => `${operation} progress`,
    elapsed: (time: string) => `Elapsed ${time}`,
    progressStatus: (label: string, ready: number, desired: number) =>
      `Status: ${label} · ${ready}/${desired} ready`,
    started_deploy: 'Deployment started.',
    started_drain: 'Drain started.',
    ready_deploy: 'Deployment finished: the tenant is ready.',
    ready_drain: 'Drain finished: all pods were restarted and the tenant is ready.',
    error_deploy: 'The deployment ended in an error.',
    error_drain: 'The drain ended in an error.',
    timeout_deploy: (time: string) =>
      `The deployment has not finished after ${time}. It may be stuck: check the status before trying again.`,
    timeout_drain: (time: string) =>
      `The drain has not finished after ${time}. It may be stuck: check the status before trying again.`,
    failed_deploy: 'The deployment could not be started.',
    failed_drain: 'The drain could not be started.',
    dialogTitle: (tenant: string) => `Drain ${tenant}?`,
    dialogBody:
      'Draining restarts all pods of this tenant’s dedicated instance, one at a time (a rolling restart). Requests being handled by a pod that restarts may fail.',
    dialogConfirm: 'Drain and restart all pods',
    dialogCancel: 'Cancel',
  },
  'pt-BR': {
    groupLabel: 'Ações de implantação',
    deploy: 'Implantar',
    drain: 'Drenar',
    operation_deploy: 'implantação',
    operation_drain: 'drenagem',
    reasonLoading: 'Verificando o status atual…',
    reasonSending: 'Enviando a solicitação…',
    running_deploy: 'Uma implantação está em andamento: aguarde até que termine.',
    running_drain: 'Uma drenagem está em andamento: aguarde até que termine.',
    reasonTransitional: (label: string) =>
      `Já há uma operação em andamento (${label}). Aguarde até que ela termine.`,
    reasonNotAvailable: 'A orquestração não está disponível neste servidor.',
    reasonDrainShared: 'A drenagem só está disponível no modo dedicado.',
    reasonDrainNotDeployed: 'Implante o tenant antes de drená-lo.',
    reasonDrainUnknown: 'A drenagem precisa do status atual, que não pôde ser lido.',
    statusUnreadable: (reason: string) => `Não foi possível ler o status atual: ${reason}`,
    progress_deploy: 'Implantando…',
    progress_drain: 'Drenando: reiniciando todos os pods…',
    progressSending: 'Enviando a solicitação…',
    progressLabel: (operation: string) => `Progresso da ${operation}`,
    elapsed: (time: string) => `Tempo decorrido ${time}`,
    progressStatus: (label: string, ready: number, desired: number) =>
      `Status: ${label} · ${ready}/${desired} prontas`,
    started_deploy: 'Implantação iniciada.',
    started_drain: 'Drenagem iniciada.',
    ready_deploy: 'Implantação concluída: o tenant está pronto.',
    ready_drain: 'Drenagem concluída: todos os pods foram reiniciados e o tenant está pronto.',
    error_deploy: 'A implantação terminou com erro.',
    error_drain: 'A drenagem terminou com erro.',
    timeout_deploy: (time: string) =>
      `A implantação não terminou após ${time}. Ela pode estar travada: confira o status antes de tentar de novo.`,
    timeout_drain: (time: string) =>
      `A drenagem não terminou após ${time}. Ela pode estar travada: confira o status antes de tentar de novo.`,
    failed_deploy: 'Não foi possível iniciar a implantação.',
    failed_drain: 'Não foi possível iniciar a drenagem.',
    dialogTitle: (tenant: string) => `Drenar ${tenant}?`,
    dialogBody:
      'A drenagem reinicia todos os pods da instância dedicada deste tenant, um de cada vez (reinício gradual). Requisições atendidas por um pod que reinicia podem falhar.',
    dialogConfirm: 'Drenar e reiniciar todos os pods',
    dialogCancel: 'Cancelar',
  },
});
