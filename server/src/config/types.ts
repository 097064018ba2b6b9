/** What the engine needs to know from settings or a config file. */
export interface OnusConfig {
  /** Tag keys every taggable resource must carry (empty: only "no tags at all" is reported). */
  requiredTags: string[];
  /** Rule ids (or aliases) switched off. */
  disabledRules: string[];
  /** Files larger than this are skipped with a message (bytes). */
  maxFileSize: number;
}

export const defaultConfig: OnusConfig = {
  requiredTags: [],
  disabledRules: [],
  maxFileSize: 5 * 1024 * 1024,
};

export function resolveConfig(partial: Partial<OnusConfig> | undefined): OnusConfig {
  return {
    requiredTags: partial?.requiredTags?.filter((t) => typeof t === 'string' && t.length > 0) ?? defaultConfig.requiredTags,
    disabledRules: partial?.disabledRules ?? defaultConfig.disabledRules,
    maxFileSize: typeof partial?.maxFileSize === 'number' && partial.maxFileSize > 0 ? partial.maxFileSize : defaultConfig.maxFileSize,
  };
}
