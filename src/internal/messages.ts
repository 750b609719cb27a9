import { defineMessages } from './localize.js';

/** Text shared by several elements: error explanations and common actions. */
export const commonMessages = defineMessages({
  en: {
    retry: 'Retry',
    details: 'Details',
    noTenant:
      'No tenant selected. Set the tenant-id attribute or wrap the element in <vf-orch-provider>.',
    stateUnknown: (operation: string) =>
      `The connection dropped before the server answered the ${operation} request: its outcome is unknown. The status is being re-read; check it before trying again.`,
    err_unauthorized: 'You are not signed in, or your session has expired.',
    err_forbidden: 'You do not have access to this tenant.',
    err_not_available: 'Orchestration is not available on this server.',
    err_conflict: 'The server reported a conflict with the current state.',
    err_validation: 'The server rejected the values.',
    err_not_deployed: 'This tenant has not been deployed yet.',
    err_scaling_not_available: 'This operation is only available in dedicated mode.',
    err_autoscaling_conflict: 'Autoscaling is enabled: the autoscaler controls the replicas.',
    err_server: 'The server failed to complete the request.',
    err_unavailable: 'The server is temporarily unavailable.',
    err_network: 'The server could not be reached.',
    err_timeout: 'The server took too long to answer.',
    err_invalid_response: 'The server sent an answer that could not be read.',
    err_unknown: 'Something went wrong.',
  },
  'pt-BR': {
    retry: 'Tentar novamente',
    details: 'Detalhes',
    noTenant:
      'Nenhum tenant selecionado. Defina o atributo tenant-id ou envolva o elemento em <vf-orch-provider>.',
    stateUnknown: (operation: string) =>
      `A conexão caiu antes de o servidor responder à solicitação de ${operation}: o resultado é desconhecido. O status está sendo relido; confira-o antes de tentar de novo.`,
    err_unauthorized: 'Você não está conectado ou sua sessão expirou.',
    err_forbidden: 'Você não tem acesso a este tenant.',
    err_not_available: 'A orquestração não está disponível neste servidor.',
    err_conflict: 'O servidor informou um conflito com o estado atual.',
    err_validation: 'O servidor rejeitou os valores.',
    err_not_deployed: 'Este tenant ainda não foi implantado.',
    err_scaling_not_available: 'Esta operação só está disponível no modo dedicado.',
    err_autoscaling_conflict:
      'O autoescalonamento está ativo: o autoescalador controla as réplicas.',
    err_server: 'O servidor não conseguiu concluir a solicitação.',
    err_unavailable: 'O servidor está temporariamente indisponível.',
    err_network: 'Não foi possível contatar o servidor.',
    err_timeout: 'O servidor demorou demais para responder.',
    err_invalid_response: 'O servidor enviou uma resposta que não pôde ser lida.',
    err_unknown: 'Algo deu errado.',
  },
});
