import { defineMessages } from '../../internal/localize.js';
import type { QuantityErrorReason } from '../../quantity/index.js';

export const resourceMessages = defineMessages({
  en: {
    title: 'Requests and limits',
    loading: 'Loading resources…',
    cpu: 'CPU',
    memory: 'Memory',
    request: 'Request',
    limit: 'Limit',
    fieldName: (resource: string, role: string) => `${resource} ${role.toLowerCase()}`,
    amountLabel: (field: string) => `${field} amount`,
    unitLabel: (field: string) => `${field} unit`,
    rawLabel: (field: string) => `${field} quantity`,
    raw: 'Raw',
    rawToggle: (field: string) => `Raw quantity for ${field}`,
    rawToggleHint: (field: string) => `Type ${field} as any Kubernetes quantity (1.5Gi, 1e9, 0.25)`,
    unit_cores: 'cores',
    unit_m: 'm (millicores)',
    reading: (canonical: string, human: string) => `${canonical} · ${human}`,
    stored: (value: string) => `Stored: ${value}`,
    err_negative: 'Must not be negative.',
    err_requestAboveLimit: (limit: string) =>
      `The request must be less than or equal to the limit (${limit}).`,
    err_limitBelowRequest: (request: string) =>
      `The limit must be greater than or equal to the request (${request}).`,
    warn_fractionalBytes: (text: string, bytes: string, suggestion: string) =>
      `"${text}" is ${bytes} bytes, not a whole number of bytes.` +
      (suggestion ? ` "m" means one thousandth: did you mean "${suggestion}"?` : ''),
    warn_limitFarAbove: (ratio: string) =>
      `The limit is ${ratio}× the request: the pod may be placed on a node that cannot give it that much.`,
    presets: 'Presets',
    preset_basic: 'Basic',
    preset_standard: 'Standard',
    preset_premium: 'Premium',
    preset_enterprise: 'Enterprise',
    presetNone: 'Custom values: no preset matches.',
    presetMatch: (name: string) => `Matches the ${name} preset.`,
    barText: (percent: string) => `Request is ${percent}% of the limit`,
    barUnknown: 'Request vs limit: fix the values to compare them.',
    save: 'Save',
    saving: 'Saving…',
    reset: 'Reset',
    unsaved: 'Unsaved changes.',
    fixErrors: 'Fix the highlighted fields before saving: nothing was sent.',
    saved: (summary: string) => `Saved. The server stored ${summary}.`,
    summary: (cpuRequest: string, cpuLimit: string, memRequest: string, memLimit: string) =>
      `CPU ${cpuRequest} / ${cpuLimit}, memory ${memRequest} / ${memLimit}`,
    saveOperation: 'save resources',
    sharedMode:
      'Requests and limits apply only to dedicated instances. This tenant runs in shared mode, on capacity shared with other tenants: switch it to dedicated mode in its configuration to set them.',
  },
  'pt-BR': {
    title: 'Requisições e limites',
    loading: 'Carregando recursos…',
    cpu: 'CPU',
    memory: 'Memória',
    request: 'Requisição',
    limit: 'Limite',
    fieldName: (resource: string, role: string) => `${role} de ${resource.toLowerCase()}`,
    amountLabel: (field: string) => `Valor: ${field.toLowerCase()}`,
    unitLabel: (field: string) => `Unidade: ${field.toLowerCase()}`,
    rawLabel: (field: string) => `Quantidade: ${field.toLowerCase()}`,
    raw: 'Livre',
    rawToggle: (field: string) => `Livre: ${field.toLowerCase()} como quantidade`,
    rawToggleHint: (field: string) =>
      `Digitar ${field.toLowerCase()} como qualquer quantidade do Kubernetes (1.5Gi, 1e9, 0.25)`,
    unit_cores: 'núcleos',
    unit_m: 'm (milinúcleos)',
    reading: (canonical: string, human: string) => `${canonical} · ${human}`,
    stored: (value: string) => `Armazenado: ${value}`,
    err_negative: 'Não pode ser negativo.',
    err_requestAboveLimit: (limit: string) =>
      `A requisição deve ser menor ou igual ao limite (${limit}).`,
    err_limitBelowRequest: (request: string) =>
      `O limite deve ser maior ou igual à requisição (${request}).`,
    warn_fractionalBytes: (text: string, bytes: string, suggestion: string) =>
      `"${text}" são ${bytes} bytes, não um número inteiro de bytes.` +
      (suggestion ? ` "m" significa um milésimo: você quis dizer "${suggestion}"?` : ''),
    warn_limitFarAbove: (ratio: string) =>
      `O limite é ${ratio}× a requisição: o pod pode ser alocado em um nó que não consegue fornecer tanto.`,
    presets: 'Predefinições',
    preset_basic: 'Básico',
    preset_standard: 'Padrão',
    preset_premium: 'Premium',
    preset_enterprise: 'Empresarial',
    presetNone: 'Valores personalizados: nenhuma predefinição corresponde.',
    presetMatch: (name: string) => `Corresponde à predefinição ${name}.`,
    barText: (percent: string) => `A requisição é ${percent}% do limite`,
    barUnknown: 'Requisição × limite: corrija os valores para compará-los.',
    save: 'Salvar',
    saving: 'Salvando…',
    reset: 'Restaurar',
    unsaved: 'Alterações não salvas.',
    fixErrors: 'Corrija os campos destacados antes de salvar: nada foi enviado.',
    saved: (summary: string) => `Salvo. O servidor armazenou ${summary}.`,
    summary: (cpuRequest: string, cpuLimit: string, memRequest: string, memLimit: string) =>
      `CPU ${cpuRequest} / ${cpuLimit}, memória ${memRequest} / ${memLimit}`,
    saveOperation: 'salvar recursos',
    sharedMode:
      'Requisições e limites valem apenas para instâncias dedicadas. Este tenant roda no modo compartilhado, em capacidade dividida com outros tenants: mude-o para o modo dedicado na configuração para defini-los.',
  },
});

/** humanizeCpu / humanizeMemory write English words; these are their pt-BR forms. */
export const HUMAN_WORDS_PT: Readonly<Record<string, string>> = {
  core: 'núcleo',
  cores: 'núcleos',
  millicore: 'milinúcleo',
  millicores: 'milinúcleos',
  byte: 'byte',
  bytes: 'bytes',
};

/**
 * pt-BR sentences for a rejected quantity, by reason. In English the `QuantityError` message itself
 * is shown: it quotes the text and says what to write instead.
 */
export const QUANTITY_ERRORS_PT: Readonly<Record<QuantityErrorReason, string>> = {
  empty: 'O campo está vazio: informe um número, por exemplo "500m" ou "128Mi".',
  whitespace: 'O Kubernetes não aceita espaços em nenhuma parte de uma quantidade.',
  number:
    'Número inválido: escreva algo como "2", "0.5" ou "500m" (ponto como separador decimal, sem separador de milhar).',
  suffix:
    'Unidade inválida: use nenhuma unidade, uma de n u m k M G T P E (passos de 1000), uma de Ki Mi Gi Ti Pi Ei (passos de 1024) ou um expoente como e3. Atenção: quilo é "k" minúsculo, e não há "B" de bytes.',
  exponent: 'O expoente depois de "e" deve ser um número inteiro, por exemplo "1e3" (= 1000).',
  range: 'O valor é grande demais.',
  length: 'O texto é longo demais para uma quantidade.',
  unit: 'Unidade desconhecida.',
};
