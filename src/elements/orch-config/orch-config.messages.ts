import { defineMessages } from '../../internal/localize.js';

export const configMessages = defineMessages({
  en: {
    loading: 'Loading configuration…',
    modeLegend: 'Deployment mode',
    modeShared: 'Shared',
    modeSharedHint:
      'The tenant runs on the shared VeloFlux deployment with other tenants; scaling, autoscaling and resource limits do not apply.',
    modeDedicated: 'Dedicated',
    modeDedicatedHint:
      'The tenant gets its own instance in its own Kubernetes namespace, with its own replicas, autoscaling and resource limits.',
    modeUnknown: (mode: string) =>
      `The server stores a mode this page does not know, “${mode}”. Choose one of the modes above to replace it.`,
    namespaceLabel: 'Dedicated namespace',
    namespaceHint: (fallback: string) =>
      `Optional, used in dedicated mode. Leave it empty to use ${fallback}.`,
    namespaceTooLong: (length: number) =>
      `A namespace has at most 63 characters (this one has ${length}).`,
    namespaceUppercase: 'Use lowercase letters only.',
    namespaceCharacter: (character: string) =>
      `“${character}” is not allowed: use lowercase letters, digits and “-”.`,
    namespaceEdge: 'Start and end the namespace with a letter or a digit.',
    domainsLegend: 'Custom domains',
    domainsHint: 'Host names that lead to this tenant, such as shop.example.com or *.example.com.',
    domainsEmpty: 'No custom domains.',
    domainInputLabel: 'New domain',
    addDomain: 'Add',
    removeDomain: 'Remove',
    domainEmpty: 'Type a domain name first.',
    domainNotHost: 'Enter only the host name, without https://, a port or a path.',
    domainInvalid: (domain: string) =>
      `“${domain}” is not a valid host name: use names of letters, digits and “-” separated by dots, such as shop.example.com.`,
    domainDuplicate: (domain: string) => `${domain} is already in the list.`,
    domainPending: 'Press Add to include this domain, or clear the field.',
    domainAdded: (domain: string) => `${domain} added.`,
    domainRemoved: (domain: string) => `${domain} removed.`,
    summaryHeading: 'Scaling and resources',
    autoscaling: 'Autoscaling',
    autoscalingOn: (min: number, max: number, target: number) =>
      `On · ${min}–${max} replicas · target ${target}% CPU`,
    autoscalingOff: 'Off',
    cpu: 'CPU',
    memory: 'Memory',
    requestLimit: (request: string, limit: string) => `${request} request · ${limit} limit`,
    editAutoscaling: 'Change autoscaling',
    editResources: 'Change resources',
    save: 'Save',
    saving: 'Saving…',
    reset: 'Reset',
    unsaved: 'Unsaved changes',
    saved: 'Saved. Showing the configuration as the server stored it.',
    savedRebuild:
      'Saved. The dedicated instance is being rebuilt, starting again from the minimum number of replicas.',
    storedDespiteError:
      'The server reported an error, but re-reading the configuration shows that your changes were stored.',
    draftKept: 'Your changes are kept: save again when the problem is solved.',
    saveOperation: 'configuration save',
    dialogTitle: 'Switch to shared mode?',
    dialogText: (tenant: string, namespace: string) =>
      `Switching ${tenant} to shared mode removes its dedicated instance in the namespace ${namespace}: its pods and its autoscaler are deleted, and the shared deployment serves the tenant from then on.`,
    dialogConfirm: 'Switch to shared',
    dialogCancel: 'Keep dedicated',
  },
  'pt-BR': {
    loading: 'Carregando a configuração…',
    modeLegend: 'Modo de implantação',
    modeShared: 'Compartilhado',
    modeSharedHint:
      'O tenant roda na implantação compartilhada do VeloFlux junto com outros tenants; escalonamento, autoescalonamento e limites de recursos não se aplicam.',
    modeDedicated: 'Dedicado',
    modeDedicatedHint:
      'O tenant ganha uma instância própria, em um namespace próprio do Kubernetes, com réplicas, autoescalonamento e limites de recursos próprios.',
    modeUnknown: (mode: string) =>
      `O servidor guarda um modo que esta página não conhece, “${mode}”. Escolha um dos modos acima para substituí-lo.`,
    namespaceLabel: 'Namespace dedicado',
    namespaceHint: (fallback: string) =>
      `Opcional, usado no modo dedicado. Deixe em branco para usar ${fallback}.`,
    namespaceTooLong: (length: number) =>
      `Um namespace tem no máximo 63 caracteres (este tem ${length}).`,
    namespaceUppercase: 'Use apenas letras minúsculas.',
    namespaceCharacter: (character: string) =>
      `“${character}” não é permitido: use letras minúsculas, dígitos e “-”.`,
    namespaceEdge: 'Comece e termine o namespace com uma letra ou um dígito.',
    domainsLegend: 'Domínios personalizados',
    domainsHint:
      'Nomes de host que levam a este tenant, como loja.exemplo.com.br ou *.exemplo.com.br.',
    domainsEmpty: 'Nenhum domínio personalizado.',
    domainInputLabel: 'Novo domínio',
    addDomain: 'Adicionar',
    removeDomain: 'Remover',
    domainEmpty: 'Digite um nome de domínio primeiro.',
    domainNotHost: 'Informe só o nome do host, sem https://, porta ou caminho.',
    domainInvalid: (domain: string) =>
      `“${domain}” não é um nome de host válido: use nomes com letras, dígitos e “-” separados por pontos, como loja.exemplo.com.br.`,
    domainDuplicate: (domain: string) => `${domain} já está na lista.`,
    domainPending: 'Clique em Adicionar para incluir este domínio ou limpe o campo.',
    domainAdded: (domain: string) => `${domain} adicionado.`,
    domainRemoved: (domain: string) => `${domain} removido.`,
    summaryHeading: 'Escalonamento e recursos',
    autoscaling: 'Autoescalonamento',
    autoscalingOn: (min: number, max: number, target: number) =>
      `Ativado · ${min}–${max} réplicas · meta de ${target}% de CPU`,
    autoscalingOff: 'Desativado',
    cpu: 'CPU',
    memory: 'Memória',
    requestLimit: (request: string, limit: string) => `solicitação ${request} · limite ${limit}`,
    editAutoscaling: 'Alterar o autoescalonamento',
    editResources: 'Alterar os recursos',
    save: 'Salvar',
    saving: 'Salvando…',
    reset: 'Desfazer alterações',
    unsaved: 'Alterações não salvas',
    saved: 'Salvo. Esta é a configuração como o servidor a guardou.',
    savedRebuild:
      'Salvo. A instância dedicada está sendo reconstruída e recomeça com o número mínimo de réplicas.',
    storedDespiteError:
      'O servidor informou um erro, mas a releitura da configuração mostra que suas alterações foram salvas.',
    draftKept: 'Suas alterações foram mantidas: salve de novo quando o problema for resolvido.',
    saveOperation: 'salvamento da configuração',
    dialogTitle: 'Mudar para o modo compartilhado?',
    dialogText: (tenant: string, namespace: string) =>
      `Mudar ${tenant} para o modo compartilhado remove a instância dedicada no namespace ${namespace}: os pods e o autoescalador dela são excluídos, e a implantação compartilhada passa a atender o tenant.`,
    dialogConfirm: 'Mudar para compartilhado',
    dialogCancel: 'Manter dedicado',
  },
});

export type ConfigMessageKey = keyof typeof configMessages.en;
