export { orchestrationContext, type OrchestrationContextValue } from './context.js';
export {
  configureOrchestration,
  getDefaultClient,
  getDefaultTenantId,
  type OrchestrationPageOptions,
} from './configure.js';
